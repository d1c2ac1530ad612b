# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mlf_global_optspecs
    string join \n tracking-uri= o/output= q/quiet color= y/yes profile= no-headers h/help V/version
end

function __fish_mlf_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_mlf_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_mlf_using_subcommand
    set -l cmd (__fish_mlf_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c mlf -n "__fish_mlf_needs_command" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_needs_command" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_needs_command" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_needs_command" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_needs_command" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_needs_command" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_needs_command" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_needs_command" -s V -l version -d 'Print version'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "experiments" -d 'Manage experiments'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "runs" -d 'Manage runs'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "metrics" -d 'Log and read metrics'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "params" -d 'Log and list parameters'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "tags" -d 'Manage run and experiment tags'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "artifacts" -d 'Upload, list and download run artifacts'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "registry" -d 'Register models and move aliases (the model registry)'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "models" -d 'Manage MLflow 3 logged models'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "config" -d 'Show and change settings'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "migrate" -d 'Copy a legacy `mlruns/` folder into an SQLite database'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "sync" -d 'Copy runs between any two stores, idempotently'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c mlf -n "__fish_mlf_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -f -a "create" -d 'Create an experiment and print its id'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -f -a "get" -d 'Show one experiment'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -f -a "describe" -d 'Show one experiment'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -f -a "search" -d 'Search experiments'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -f -a "list" -d 'Search experiments'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -f -a "rename" -d 'Rename an experiment'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -f -a "delete" -d 'Delete an experiment and its runs (soft delete; asks on a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -f -a "restore" -d 'Restore a deleted experiment and its runs'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and not __fish_seen_subcommand_from create get describe search list rename delete restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -s n -l experiment-name -d 'Name of the new experiment' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -l artifact-location -d 'Where the experiment\'s artifacts go [default: ./mlruns/<id> for local stores]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -l tag -d 'Tag to set, KEY=VALUE (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -l exist-ok -d 'Print the id of an existing active experiment of that name instead of failing'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from get" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from get" -s n -l experiment-name -d 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from get" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from get" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from describe" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from describe" -s n -l experiment-name -d 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from describe" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from describe" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from describe" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from describe" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from describe" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -l view -d 'Which experiments: active, deleted or all' -r -f -a "active\t''
deleted\t''
all\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -l filter -d 'MLflow filter string, e.g. "name LIKE \'fraud%\'"' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -l order-by -d 'Sort key with optional ASC/DESC, e.g. "name ASC" (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -l max-results -d 'Most experiments to return, across pages' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -l page-token -d 'Continue from the page token of an earlier search' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -l view -d 'Which experiments: active, deleted or all' -r -f -a "active\t''
deleted\t''
all\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -l filter -d 'MLflow filter string, e.g. "name LIKE \'fraud%\'"' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -l order-by -d 'Sort key with optional ASC/DESC, e.g. "name ASC" (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -l max-results -d 'Most experiments to return, across pages' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -l page-token -d 'Continue from the page token of an earlier search' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -s n -l experiment-name -d 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -l new-name -d 'The new name' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from delete" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from delete" -s n -l experiment-name -d 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from delete" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from restore" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from restore" -s n -l experiment-name -d 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from restore" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from restore" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from restore" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from restore" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an experiment and print its id'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one experiment'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search experiments'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename an experiment'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an experiment and its runs (soft delete; asks on a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a deleted experiment and its runs'
complete -c mlf -n "__fish_mlf_using_subcommand experiments; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "create" -d 'Start a run, leave it RUNNING, and print its id'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "get" -d 'Show a run: info, params, latest metrics, tags, inputs and models'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "describe" -d 'Show a run: info, params, latest metrics, tags, inputs and models'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "search" -d 'Search runs with MLflow\'s filter syntax'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "list" -d 'Search runs with MLflow\'s filter syntax'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "update" -d 'Change a run\'s name, status or end time'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "end" -d 'End a run: set a terminal status (default FINISHED) and its end time'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "exec" -d 'Run a command as an MLflow run'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "log-input" -d 'Log a dataset input of a run, as `mlflow.log_input`'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "compare" -d 'Compare runs: params, latest metrics and tags side by side'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "watch" -d 'Watch a run live: status, latest metrics with sparklines, a chart'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "delete" -d 'Delete a run (soft delete; asks on a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "restore" -d 'Restore a deleted run'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and not __fish_seen_subcommand_from create get describe search list update end exec log-input compare watch delete restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -s n -l experiment-name -d 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -l run-name -d 'Name of the run [default: a random name like brave-owl-417]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -l tag -d 'Tag to set, KEY=VALUE (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -l parent-run-id -d 'Make this run a child of another run' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -l description -d 'Description of the run (the `mlflow.note.content` tag)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -l start-time -d 'Start time in milliseconds since the epoch [default: now]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from get" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from get" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from get" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from describe" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from describe" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from describe" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from describe" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from describe" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from describe" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l experiment-id -d 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -s n -l experiment-name -d 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l filter -d 'MLflow filter string, e.g. "metrics.val_loss < 0.3 and params.model = \'cnn\'"' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l order-by -d 'Sort key with optional ASC/DESC, e.g. "metrics.val_loss ASC" (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l max-results -d 'Most runs to return, across pages' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l page-token -d 'Continue from the page token of an earlier search' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l view -d 'Which runs: active, deleted or all' -r -f -a "active\t''
deleted\t''
all\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l columns -d 'Extra table columns, e.g. metrics.val_loss,params.lr,tags.team' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l experiment-id -d 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -s n -l experiment-name -d 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l filter -d 'MLflow filter string, e.g. "metrics.val_loss < 0.3 and params.model = \'cnn\'"' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l order-by -d 'Sort key with optional ASC/DESC, e.g. "metrics.val_loss ASC" (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l max-results -d 'Most runs to return, across pages' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l page-token -d 'Continue from the page token of an earlier search' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l view -d 'Which runs: active, deleted or all' -r -f -a "active\t''
deleted\t''
all\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l columns -d 'Extra table columns, e.g. metrics.val_loss,params.lr,tags.team' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -l run-name -d 'New run name' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -l status -d 'New status' -r -f -a "RUNNING\t''
SCHEDULED\t''
FINISHED\t''
FAILED\t''
KILLED\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -l end-time -d 'End time in milliseconds since the epoch' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -l status -d 'Final status' -r -f -a "FINISHED\t''
FAILED\t''
KILLED\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -l end-time -d 'End time in milliseconds since the epoch [default: now]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -s n -l experiment-name -d 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l run-name -d 'Name of the run [default: a random name like brave-owl-417]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l tag -d 'Tag to set, KEY=VALUE (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l parent-run-id -d 'Make this run a child of another run' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l description -d 'Description of the run (the `mlflow.note.content` tag)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l run-id -d 'Resume this run instead of creating one (it is set RUNNING again)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l param -d 'Param to log before the command starts, KEY=VALUE (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l sampling-interval -d 'Seconds between system-metric samples [env: MLFLOW_SYSTEM_METRICS_SAMPLING_INTERVAL] [default: 10]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l no-capture -d 'Keep no copy of the command\'s output'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l system-metrics -d 'Log system metrics (CPU, memory, disk, network) while the command runs [env: MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING]'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l name -d 'Name of the dataset' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l digest -d 'Digest (hash) of the dataset\'s contents, at most 36 characters' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l source-type -d 'Kind of source (`local`, `s3`, `http`, `code`, …)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l source -d 'Where the dataset comes from: its source JSON, or a URI (none given: `{"uri": ""}`)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l schema -d 'The dataset\'s schema, as JSON' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l dataset-profile -d 'The dataset\'s profile (such as `{"num_rows": 1000}`), as JSON; `--profile JSON` works too (a `--profile` value that is a JSON object is the dataset\'s, any other names a config profile)' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l context -d 'What the run used it for (the `mlflow.data.context` tag): training, eval, …' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from log-input" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from compare" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from compare" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from compare" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from compare" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from compare" -l only-diff -d 'Only the rows whose values differ'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from compare" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from compare" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from compare" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from compare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -l key -d 'Metric to chart (can be repeated) [default: the first four keys]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -l interval -d 'Seconds between refreshes' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from delete" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from delete" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from restore" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from restore" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from restore" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from restore" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from restore" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "create" -d 'Start a run, leave it RUNNING, and print its id'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a run: info, params, latest metrics, tags, inputs and models'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search runs with MLflow\'s filter syntax'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a run\'s name, status or end time'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "end" -d 'End a run: set a terminal status (default FINISHED) and its end time'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command as an MLflow run'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "log-input" -d 'Log a dataset input of a run, as `mlflow.log_input`'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "compare" -d 'Compare runs: params, latest metrics and tags side by side'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Watch a run live: status, latest metrics with sparklines, a chart'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a run (soft delete; asks on a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a deleted run'
complete -c mlf -n "__fish_mlf_using_subcommand runs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -f -a "log" -d 'Log metric values to a run'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -f -a "history" -d 'Print every logged value of one metric'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -f -a "list" -d 'Print a run\'s latest metrics'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -f -a "plot" -d 'Draw a chart of metric histories'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and not __fish_seen_subcommand_from log history list plot help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l step -d 'Step of the values' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l timestamp -d 'Timestamp in milliseconds since the epoch [default: now]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l file -d 'Read points from a file, or `-` for stdin' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l format -d 'Format of --file [default: detected: `{` first means jsonl]' -r -f -a "jsonl\t'One JSON object per line: {"key", "value", "step", "timestamp"}'
csv\t'key,value[,step[,timestamp]], or a header row naming the columns'"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l model-id -d 'Logged model the values belong to: they are also recorded as the model\'s metrics, and the model becomes an input of the run unless it is already one of its inputs or outputs' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l dataset-name -d 'Name of the dataset the values were measured on (with --dataset-digest)' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l dataset-digest -d 'Digest of that dataset' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from history" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from history" -l key -d 'Metric key' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from history" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from history" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from history" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from history" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from list" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from list" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l run-id -d 'Run to plot (can be repeated) [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l key -d 'Metric key to plot (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l filter -d 'Plot the runs this MLflow filter selects, e.g. "params.model = \'cnn\'"' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l x -d 'What the x axis shows' -r -f -a "step\t'The step of each point'
time\t'Wall-clock time (UTC)'
relative\t'Seconds since the first point of each line'"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l svg -d 'Write the chart as SVG to FILE' -r -F
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l png -d 'Write the chart as PNG to FILE' -r -F
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l log-y -d 'Logarithmic y axis (values that are not positive are left out)'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from plot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "log" -d 'Log metric values to a run'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "history" -d 'Print every logged value of one metric'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "list" -d 'Print a run\'s latest metrics'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "plot" -d 'Draw a chart of metric histories'
complete -c mlf -n "__fish_mlf_using_subcommand metrics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -f -a "log" -d 'Log parameters of a run or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -f -a "list" -d 'Print a run\'s params'
complete -c mlf -n "__fish_mlf_using_subcommand params; and not __fish_seen_subcommand_from log list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from log" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from log" -l model-id -d 'Logged model id, instead of a run' -r
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from log" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from log" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from log" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from log" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from list" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from list" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from help" -f -a "log" -d 'Log parameters of a run or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from help" -f -a "list" -d 'Print a run\'s params'
complete -c mlf -n "__fish_mlf_using_subcommand params; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -f -a "set" -d 'Set tags on a run, an experiment or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -f -a "delete" -d 'Delete tags of a run, an experiment or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -f -a "list" -d 'List tags of a run, an experiment or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and not __fish_seen_subcommand_from set delete list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -l model-id -d 'Logged model id' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -l model-id -d 'Logged model id' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -l model-id -d 'Logged model id' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set tags on a run, an experiment or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete tags of a run, an experiment or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tags of a run, an experiment or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand tags; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -f -a "log" -d 'Upload files or whole folders to a run'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -f -a "log-artifact" -d 'Upload files or whole folders to a run'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -f -a "log-artifacts" -d 'Upload files or whole folders to a run'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -f -a "list" -d 'List a run\'s (or a logged model\'s) artifacts'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -f -a "download" -d 'Download a file or a folder and print its local path'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -f -a "uri" -d 'Print the artifact URI of a run (or of a path inside it)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and not __fish_seen_subcommand_from log log-artifact log-artifacts list download uri help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -l model-id -d 'Logged model id: upload to the model\'s own artifacts instead of a run\'s' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -l artifact-path -d 'Folder inside the run\'s artifacts to upload into' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -l follow-symlinks -d 'Follow symlinks that point out of a logged folder'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -l model-id -d 'Logged model id: upload to the model\'s own artifacts instead of a run\'s' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -l artifact-path -d 'Folder inside the run\'s artifacts to upload into' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -l follow-symlinks -d 'Follow symlinks that point out of a logged folder'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifact" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -l model-id -d 'Logged model id: upload to the model\'s own artifacts instead of a run\'s' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -l artifact-path -d 'Folder inside the run\'s artifacts to upload into' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -l follow-symlinks -d 'Follow symlinks that point out of a logged folder'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from log-artifacts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -l model-id -d 'Logged model id: list the model\'s own artifacts instead of a run\'s' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -l artifact-path -d 'Folder to list [default: the root]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -s r -l recursive -d 'List sub-folders too'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -l model-id -d 'Logged model id: download from the model\'s own artifacts instead of a run\'s' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -l artifact-path -d 'File or folder inside the run\'s artifacts [default: all of them]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -l artifact-uri -d 'Full artifact URI to download instead of a run\'s artifacts' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -l dst-path -d 'Folder to download into [default: a new temporary folder]' -r -F
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from uri" -l run-id -d 'Run id [env: MLFLOW_RUN_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from uri" -l artifact-path -d 'Path inside the run\'s artifacts' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from uri" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from uri" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from uri" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from uri" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from uri" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from uri" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from uri" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from uri" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from help" -f -a "log" -d 'Upload files or whole folders to a run'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a run\'s (or a logged model\'s) artifacts'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download a file or a folder and print its local path'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from help" -f -a "uri" -d 'Print the artifact URI of a run (or of a path inside it)'
complete -c mlf -n "__fish_mlf_using_subcommand artifacts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -f -a "register" -d 'Register a model version and print its number'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -f -a "get" -d 'Show a registered model: its tags, aliases and latest versions'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -f -a "describe" -d 'Show a registered model: its tags, aliases and latest versions'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -f -a "search" -d 'Search registered models'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -f -a "list" -d 'Search registered models'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -f -a "versions" -d 'List the versions of a registered model (search_model_versions)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -f -a "alias" -d 'Point aliases at versions, or remove them'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -f -a "tags" -d 'Set or delete tags of registered models and versions'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and not __fish_seen_subcommand_from register get describe search list versions alias tags help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -l name -d 'Registered model name' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -l model-id -d 'Logged model to register (its source becomes models:/<id>)' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -l source -d 'Model URI or artifact location to register: runs:/<run>/<path>, models:/…, a URI' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -l tag -d 'Tag of the new version, KEY=VALUE (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -l alias -d 'Alias to point at the new version (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from get" -l name -d 'Registered model name' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from get" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from get" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from describe" -l name -d 'Registered model name' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from describe" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from describe" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from describe" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from describe" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from describe" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from search" -l filter -d 'Filter, e.g. "name LIKE \'fraud%\' AND tags.team = \'risk\'"' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from search" -l max-results -d 'Most registered models to return' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from search" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from search" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from search" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from search" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from list" -l filter -d 'Filter, e.g. "name LIKE \'fraud%\' AND tags.team = \'risk\'"' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from list" -l max-results -d 'Most registered models to return' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from list" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -l name -d 'Registered model name' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -l filter -d 'Filter, e.g. "version_number > 2 AND run_id = \'…\'"' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -l max-results -d 'Most versions to return' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -f -a "set" -d 'Point an alias (champion, staging, …) at a version'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -f -a "delete" -d 'Remove an alias (a missing one is no error)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from alias" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -f -a "set" -d 'Set tags of a registered model, or of one version with --version'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -f -a "delete" -d 'Delete tags of a registered model, or of one version with --version'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from tags" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a model version and print its number'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a registered model: its tags, aliases and latest versions'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search registered models'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "versions" -d 'List the versions of a registered model (search_model_versions)'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "alias" -d 'Point aliases at versions, or remove them'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "tags" -d 'Set or delete tags of registered models and versions'
complete -c mlf -n "__fish_mlf_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -f -a "create" -d 'Create a logged model (PENDING) and print its id'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -f -a "get" -d 'Show a logged model: info, params, metrics and tags'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -f -a "describe" -d 'Show a logged model: info, params, metrics and tags'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -f -a "search" -d 'Search logged models with MLflow\'s logged-model filter syntax'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -f -a "list" -d 'Search logged models with MLflow\'s logged-model filter syntax'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -f -a "finalize" -d 'Set a logged model\'s final status (READY or FAILED)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -f -a "delete" -d 'Delete a logged model (soft delete, as MLflow; asks on a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and not __fish_seen_subcommand_from create get describe search list finalize delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -l experiment-id -d 'Experiment id [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -s n -l experiment-name -d 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -l name -d 'Name of the model [default: a random name like brave-owl-417]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -l model-type -d 'Type of the model (free text, e.g. `agent`)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -l source-run-id -d 'The run that produced the model' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -l param -d 'Param to log, KEY=VALUE (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -l tag -d 'Tag to set, KEY=VALUE (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from get" -l model-id -d 'Logged model id (`m-…`)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from get" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from get" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from get" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from get" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from describe" -l model-id -d 'Logged model id (`m-…`)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from describe" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from describe" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from describe" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from describe" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from describe" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -l experiment-id -d 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -s n -l experiment-name -d 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -l filter -d 'Logged-model filter, e.g. "metrics.accuracy > 0.95 AND params.model_type = \'rf\'"' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -l order-by -d 'Sort key with optional ASC/DESC: an attribute or metrics.<key>, optionally of one dataset as metrics.<key>@<name>[:<digest>] (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -l dataset -d 'Only metrics logged against this dataset, as NAME or NAME:DIGEST (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -l max-results -d 'Most models to return, across pages' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -l page-token -d 'Continue from the page token of an earlier search' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -l experiment-id -d 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -s n -l experiment-name -d 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -l filter -d 'Logged-model filter, e.g. "metrics.accuracy > 0.95 AND params.model_type = \'rf\'"' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -l order-by -d 'Sort key with optional ASC/DESC: an attribute or metrics.<key>, optionally of one dataset as metrics.<key>@<name>[:<digest>] (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -l dataset -d 'Only metrics logged against this dataset, as NAME or NAME:DIGEST (can be repeated)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -l max-results -d 'Most models to return, across pages' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -l page-token -d 'Continue from the page token of an earlier search' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from finalize" -l model-id -d 'Logged model id (`m-…`)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from finalize" -l status -d 'The final status' -r -f -a "READY\t''
FAILED\t''"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from finalize" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from finalize" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from finalize" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from finalize" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from finalize" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from finalize" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from finalize" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from finalize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from delete" -l model-id -d 'Logged model id (`m-…`)' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from delete" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from delete" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a logged model (PENDING) and print its id'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a logged model: info, params, metrics and tags'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search logged models with MLflow\'s logged-model filter syntax'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "finalize" -d 'Set a logged model\'s final status (READY or FAILED)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a logged model (soft delete, as MLflow; asks on a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -f -a "show" -d 'Show every effective setting and where it came from'
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -f -a "set" -d 'Set a value of a profile in the config file'
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -f -a "login" -d 'Store a token or password for a profile'
complete -c mlf -n "__fish_mlf_using_subcommand config; and not __fish_seen_subcommand_from show set login help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from show" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from set" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from set" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from login" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from login" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from login" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from login" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from login" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every effective setting and where it came from'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a value of a profile in the config file'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store a token or password for a profile'
complete -c mlf -n "__fish_mlf_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -l source -d 'The `mlruns` folder to copy (a path or a `file:` URI)' -r
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -l target -d 'The SQLite database to copy into (created when missing)' -r
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -l merge -d 'Copy into a database that already holds runs, skipping runs it has'
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l from -d 'The store to copy from (any tracking URI)' -r
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l to -d 'The store to copy into (any tracking URI)' -r
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l experiment-id -d 'Only this experiment (repeatable)' -r
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l experiment-name -d 'Only the experiment of this name (repeatable)' -r
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l filter -d 'Only runs matching this search filter' -r
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l run-id -d 'Only this run (repeatable)' -r
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l view -d 'Which runs by lifecycle stage' -r -f -a "active\t''
deleted\t''
all\t''"
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l jobs -d 'Runs copied at once' -r
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand sync" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l no-artifacts -d 'Leave artifacts out'
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l dry-run -d 'Say what would be copied, copy nothing'
complete -c mlf -n "__fish_mlf_using_subcommand sync" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand sync" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand sync" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand completions" -l tracking-uri -d 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]' -r
complete -c mlf -n "__fish_mlf_using_subcommand completions" -s o -l output -d 'Output format [env: MLF_OUTPUT] [default: table]' -r -f -a "table\t'Aligned tables for people'
json\t'The MLflow REST API\'s JSON'
csv\t'A header row and flat columns'"
complete -c mlf -n "__fish_mlf_using_subcommand completions" -l color -d 'When to use colour [default: auto; never when NO_COLOR is set]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mlf -n "__fish_mlf_using_subcommand completions" -l profile -d 'Profile of the config file to use [env: MLF_PROFILE]' -r
complete -c mlf -n "__fish_mlf_using_subcommand completions" -s q -l quiet -d 'Print no status lines or progress on stderr'
complete -c mlf -n "__fish_mlf_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands off a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand completions" -l no-headers -d 'Leave out the header row of tables and CSV'
complete -c mlf -n "__fish_mlf_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "experiments" -d 'Manage experiments'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "runs" -d 'Manage runs'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "metrics" -d 'Log and read metrics'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "params" -d 'Log and list parameters'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "tags" -d 'Manage run and experiment tags'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "artifacts" -d 'Upload, list and download run artifacts'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "registry" -d 'Register models and move aliases (the model registry)'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "models" -d 'Manage MLflow 3 logged models'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "config" -d 'Show and change settings'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "migrate" -d 'Copy a legacy `mlruns/` folder into an SQLite database'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "sync" -d 'Copy runs between any two stores, idempotently'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c mlf -n "__fish_mlf_using_subcommand help; and not __fish_seen_subcommand_from experiments runs metrics params tags artifacts registry models config migrate sync completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from experiments" -f -a "create" -d 'Create an experiment and print its id'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from experiments" -f -a "get" -d 'Show one experiment'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from experiments" -f -a "search" -d 'Search experiments'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from experiments" -f -a "rename" -d 'Rename an experiment'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from experiments" -f -a "delete" -d 'Delete an experiment and its runs (soft delete; asks on a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from experiments" -f -a "restore" -d 'Restore a deleted experiment and its runs'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "create" -d 'Start a run, leave it RUNNING, and print its id'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "get" -d 'Show a run: info, params, latest metrics, tags, inputs and models'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "search" -d 'Search runs with MLflow\'s filter syntax'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "update" -d 'Change a run\'s name, status or end time'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "end" -d 'End a run: set a terminal status (default FINISHED) and its end time'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "exec" -d 'Run a command as an MLflow run'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "log-input" -d 'Log a dataset input of a run, as `mlflow.log_input`'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "compare" -d 'Compare runs: params, latest metrics and tags side by side'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "watch" -d 'Watch a run live: status, latest metrics with sparklines, a chart'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "delete" -d 'Delete a run (soft delete; asks on a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from runs" -f -a "restore" -d 'Restore a deleted run'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "log" -d 'Log metric values to a run'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "history" -d 'Print every logged value of one metric'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "list" -d 'Print a run\'s latest metrics'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from metrics" -f -a "plot" -d 'Draw a chart of metric histories'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from params" -f -a "log" -d 'Log parameters of a run or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from params" -f -a "list" -d 'Print a run\'s params'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from tags" -f -a "set" -d 'Set tags on a run, an experiment or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from tags" -f -a "delete" -d 'Delete tags of a run, an experiment or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from tags" -f -a "list" -d 'List tags of a run, an experiment or a logged model'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from artifacts" -f -a "log" -d 'Upload files or whole folders to a run'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from artifacts" -f -a "list" -d 'List a run\'s (or a logged model\'s) artifacts'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from artifacts" -f -a "download" -d 'Download a file or a folder and print its local path'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from artifacts" -f -a "uri" -d 'Print the artifact URI of a run (or of a path inside it)'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "register" -d 'Register a model version and print its number'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "get" -d 'Show a registered model: its tags, aliases and latest versions'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "search" -d 'Search registered models'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "versions" -d 'List the versions of a registered model (search_model_versions)'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "alias" -d 'Point aliases at versions, or remove them'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "tags" -d 'Set or delete tags of registered models and versions'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from models" -f -a "create" -d 'Create a logged model (PENDING) and print its id'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from models" -f -a "get" -d 'Show a logged model: info, params, metrics and tags'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from models" -f -a "search" -d 'Search logged models with MLflow\'s logged-model filter syntax'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from models" -f -a "finalize" -d 'Set a logged model\'s final status (READY or FAILED)'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from models" -f -a "delete" -d 'Delete a logged model (soft delete, as MLflow; asks on a terminal)'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show every effective setting and where it came from'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a value of a profile in the config file'
complete -c mlf -n "__fish_mlf_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "login" -d 'Store a token or password for a profile'
