
use builtin;
use str;

set edit:completion:arg-completer[mlf] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'mlf'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'mlf'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand experiments 'Manage experiments'
            cand runs 'Manage runs'
            cand metrics 'Log and read metrics'
            cand params 'Log and list parameters'
            cand tags 'Manage run and experiment tags'
            cand models 'Search MLflow 3 logged models'
            cand artifacts 'Upload, list and download run artifacts'
            cand config 'Show and change settings'
            cand migrate 'Copy a legacy `mlruns/` folder into an SQLite database'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;experiments'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create an experiment and print its id'
            cand get 'Show one experiment'
            cand describe 'Show one experiment'
            cand search 'Search experiments'
            cand list 'Search experiments'
            cand rename 'Rename an experiment'
            cand delete 'Delete an experiment and its runs (soft delete; asks on a terminal)'
            cand restore 'Restore a deleted experiment and its runs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;experiments;create'= {
            cand -n 'Name of the new experiment'
            cand --experiment-name 'Name of the new experiment'
            cand --artifact-location 'Where the experiment''s artifacts go [default: ./mlruns/<id> for local stores]'
            cand --tag 'Tag to set, KEY=VALUE (can be repeated)'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand --exist-ok 'Print the id of an existing active experiment of that name instead of failing'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;experiments;get'= {
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;experiments;describe'= {
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;experiments;search'= {
            cand --view 'Which experiments: active, deleted or all'
            cand --filter 'MLflow filter string, e.g. "name LIKE ''fraud%''"'
            cand --order-by 'Sort key with optional ASC/DESC, e.g. "name ASC" (can be repeated)'
            cand --max-results 'Most experiments to return, across pages'
            cand --page-token 'Continue from the page token of an earlier search'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;experiments;list'= {
            cand --view 'Which experiments: active, deleted or all'
            cand --filter 'MLflow filter string, e.g. "name LIKE ''fraud%''"'
            cand --order-by 'Sort key with optional ASC/DESC, e.g. "name ASC" (can be repeated)'
            cand --max-results 'Most experiments to return, across pages'
            cand --page-token 'Continue from the page token of an earlier search'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;experiments;rename'= {
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --new-name 'The new name'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;experiments;delete'= {
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;experiments;restore'= {
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;experiments;help'= {
            cand create 'Create an experiment and print its id'
            cand get 'Show one experiment'
            cand search 'Search experiments'
            cand rename 'Rename an experiment'
            cand delete 'Delete an experiment and its runs (soft delete; asks on a terminal)'
            cand restore 'Restore a deleted experiment and its runs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;experiments;help;create'= {
        }
        &'mlf;experiments;help;get'= {
        }
        &'mlf;experiments;help;search'= {
        }
        &'mlf;experiments;help;rename'= {
        }
        &'mlf;experiments;help;delete'= {
        }
        &'mlf;experiments;help;restore'= {
        }
        &'mlf;experiments;help;help'= {
        }
        &'mlf;runs'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Start a run, leave it RUNNING, and print its id'
            cand get 'Show a run: info, params, latest metrics and tags'
            cand describe 'Show a run: info, params, latest metrics and tags'
            cand search 'Search runs with MLflow''s filter syntax'
            cand list 'Search runs with MLflow''s filter syntax'
            cand update 'Change a run''s name, status or end time'
            cand end 'End a run: set a terminal status (default FINISHED) and its end time'
            cand exec 'Run a command as an MLflow run'
            cand delete 'Delete a run (soft delete; asks on a terminal)'
            cand restore 'Restore a deleted run'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;runs;create'= {
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --run-name 'Name of the run [default: a random name like brave-owl-417]'
            cand --tag 'Tag to set, KEY=VALUE (can be repeated)'
            cand --parent-run-id 'Make this run a child of another run'
            cand --description 'Description of the run (the `mlflow.note.content` tag)'
            cand --start-time 'Start time in milliseconds since the epoch [default: now]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;get'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;describe'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;search'= {
            cand --experiment-id 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]'
            cand --filter 'MLflow filter string, e.g. "metrics.val_loss < 0.3 and params.model = ''cnn''"'
            cand --order-by 'Sort key with optional ASC/DESC, e.g. "metrics.val_loss ASC" (can be repeated)'
            cand --max-results 'Most runs to return, across pages'
            cand --page-token 'Continue from the page token of an earlier search'
            cand --view 'Which runs: active, deleted or all'
            cand --columns 'Extra table columns, e.g. metrics.val_loss,params.lr,tags.team'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;list'= {
            cand --experiment-id 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]'
            cand --filter 'MLflow filter string, e.g. "metrics.val_loss < 0.3 and params.model = ''cnn''"'
            cand --order-by 'Sort key with optional ASC/DESC, e.g. "metrics.val_loss ASC" (can be repeated)'
            cand --max-results 'Most runs to return, across pages'
            cand --page-token 'Continue from the page token of an earlier search'
            cand --view 'Which runs: active, deleted or all'
            cand --columns 'Extra table columns, e.g. metrics.val_loss,params.lr,tags.team'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;update'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --run-name 'New run name'
            cand --status 'New status'
            cand --end-time 'End time in milliseconds since the epoch'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;end'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --status 'Final status'
            cand --end-time 'End time in milliseconds since the epoch [default: now]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;exec'= {
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --run-name 'Name of the run [default: a random name like brave-owl-417]'
            cand --tag 'Tag to set, KEY=VALUE (can be repeated)'
            cand --parent-run-id 'Make this run a child of another run'
            cand --description 'Description of the run (the `mlflow.note.content` tag)'
            cand --run-id 'Resume this run instead of creating one (it is set RUNNING again)'
            cand --param 'Param to log before the command starts, KEY=VALUE (can be repeated)'
            cand --sampling-interval 'Seconds between system-metric samples [env: MLFLOW_SYSTEM_METRICS_SAMPLING_INTERVAL] [default: 10]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand --no-capture 'Keep no copy of the command''s output'
            cand --system-metrics 'Log system metrics (CPU, memory, disk, network) while the command runs [env: MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;delete'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;restore'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;help'= {
            cand create 'Start a run, leave it RUNNING, and print its id'
            cand get 'Show a run: info, params, latest metrics and tags'
            cand search 'Search runs with MLflow''s filter syntax'
            cand update 'Change a run''s name, status or end time'
            cand end 'End a run: set a terminal status (default FINISHED) and its end time'
            cand exec 'Run a command as an MLflow run'
            cand delete 'Delete a run (soft delete; asks on a terminal)'
            cand restore 'Restore a deleted run'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;runs;help;create'= {
        }
        &'mlf;runs;help;get'= {
        }
        &'mlf;runs;help;search'= {
        }
        &'mlf;runs;help;update'= {
        }
        &'mlf;runs;help;end'= {
        }
        &'mlf;runs;help;exec'= {
        }
        &'mlf;runs;help;delete'= {
        }
        &'mlf;runs;help;restore'= {
        }
        &'mlf;runs;help;help'= {
        }
        &'mlf;metrics'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand log 'Log metric values to a run'
            cand history 'Print every logged value of one metric'
            cand list 'Print a run''s latest metrics'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;metrics;log'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --step 'Step of the values'
            cand --timestamp 'Timestamp in milliseconds since the epoch [default: now]'
            cand --file 'Read points from a file, or `-` for stdin'
            cand --format 'Format of --file [default: detected: `{` first means jsonl]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;metrics;history'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --key 'Metric key'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;metrics;list'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;metrics;help'= {
            cand log 'Log metric values to a run'
            cand history 'Print every logged value of one metric'
            cand list 'Print a run''s latest metrics'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;metrics;help;log'= {
        }
        &'mlf;metrics;help;history'= {
        }
        &'mlf;metrics;help;list'= {
        }
        &'mlf;metrics;help;help'= {
        }
        &'mlf;params'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand log 'Log parameters of a run'
            cand list 'Print a run''s params'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;params;log'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;params;list'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;params;help'= {
            cand log 'Log parameters of a run'
            cand list 'Print a run''s params'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;params;help;log'= {
        }
        &'mlf;params;help;list'= {
        }
        &'mlf;params;help;help'= {
        }
        &'mlf;tags'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand set 'Set tags on a run or an experiment'
            cand delete 'Delete tags of a run or an experiment'
            cand list 'List tags of a run or an experiment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;tags;set'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;tags;delete'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;tags;list'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;tags;help'= {
            cand set 'Set tags on a run or an experiment'
            cand delete 'Delete tags of a run or an experiment'
            cand list 'List tags of a run or an experiment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;tags;help;set'= {
        }
        &'mlf;tags;help;delete'= {
        }
        &'mlf;tags;help;list'= {
        }
        &'mlf;tags;help;help'= {
        }
        &'mlf;models'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand search 'Search logged models with MLflow''s logged-model filter syntax'
            cand list 'Search logged models with MLflow''s logged-model filter syntax'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;models;search'= {
            cand --experiment-id 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]'
            cand --filter 'Logged-model filter, e.g. "metrics.accuracy > 0.95 AND params.model_type = ''rf''"'
            cand --order-by 'Sort key with optional ASC/DESC: an attribute or metrics.<key>, optionally of one dataset as metrics.<key>@<name>[:<digest>] (can be repeated)'
            cand --dataset 'Only metrics logged against this dataset, as NAME or NAME:DIGEST (can be repeated)'
            cand --max-results 'Most models to return, across pages'
            cand --page-token 'Continue from the page token of an earlier search'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;models;list'= {
            cand --experiment-id 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]'
            cand --filter 'Logged-model filter, e.g. "metrics.accuracy > 0.95 AND params.model_type = ''rf''"'
            cand --order-by 'Sort key with optional ASC/DESC: an attribute or metrics.<key>, optionally of one dataset as metrics.<key>@<name>[:<digest>] (can be repeated)'
            cand --dataset 'Only metrics logged against this dataset, as NAME or NAME:DIGEST (can be repeated)'
            cand --max-results 'Most models to return, across pages'
            cand --page-token 'Continue from the page token of an earlier search'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;models;help'= {
            cand search 'Search logged models with MLflow''s logged-model filter syntax'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;models;help;search'= {
        }
        &'mlf;models;help;help'= {
        }
        &'mlf;artifacts'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand log 'Upload files or whole folders to a run'
            cand log-artifact 'Upload files or whole folders to a run'
            cand log-artifacts 'Upload files or whole folders to a run'
            cand list 'List a run''s artifacts'
            cand download 'Download a file or a folder and print its local path'
            cand uri 'Print the artifact URI of a run (or of a path inside it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;artifacts;log'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --artifact-path 'Folder inside the run''s artifacts to upload into'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand --follow-symlinks 'Follow symlinks that point out of a logged folder'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;artifacts;log-artifact'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --artifact-path 'Folder inside the run''s artifacts to upload into'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand --follow-symlinks 'Follow symlinks that point out of a logged folder'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;artifacts;log-artifacts'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --artifact-path 'Folder inside the run''s artifacts to upload into'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand --follow-symlinks 'Follow symlinks that point out of a logged folder'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;artifacts;list'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --artifact-path 'Folder to list [default: the root]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -r 'List sub-folders too'
            cand --recursive 'List sub-folders too'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;artifacts;download'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --artifact-path 'File or folder inside the run''s artifacts [default: all of them]'
            cand --artifact-uri 'Full artifact URI to download instead of a run''s artifacts'
            cand --dst-path 'Folder to download into [default: a new temporary folder]'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;artifacts;uri'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --artifact-path 'Path inside the run''s artifacts'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;artifacts;help'= {
            cand log 'Upload files or whole folders to a run'
            cand list 'List a run''s artifacts'
            cand download 'Download a file or a folder and print its local path'
            cand uri 'Print the artifact URI of a run (or of a path inside it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;artifacts;help;log'= {
        }
        &'mlf;artifacts;help;list'= {
        }
        &'mlf;artifacts;help;download'= {
        }
        &'mlf;artifacts;help;uri'= {
        }
        &'mlf;artifacts;help;help'= {
        }
        &'mlf;config'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Show every effective setting and where it came from'
            cand set 'Set a value of a profile in the config file'
            cand login 'Store a token or password for a profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;config;show'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;config;set'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;config;login'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;config;help'= {
            cand show 'Show every effective setting and where it came from'
            cand set 'Set a value of a profile in the config file'
            cand login 'Store a token or password for a profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;config;help;show'= {
        }
        &'mlf;config;help;set'= {
        }
        &'mlf;config;help;login'= {
        }
        &'mlf;config;help;help'= {
        }
        &'mlf;migrate'= {
            cand --source 'The `mlruns` folder to copy (a path or a `file:` URI)'
            cand --target 'The SQLite database to copy into (created when missing)'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand --merge 'Copy into a database that already holds runs, skipping runs it has'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;completions'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;help'= {
            cand experiments 'Manage experiments'
            cand runs 'Manage runs'
            cand metrics 'Log and read metrics'
            cand params 'Log and list parameters'
            cand tags 'Manage run and experiment tags'
            cand models 'Search MLflow 3 logged models'
            cand artifacts 'Upload, list and download run artifacts'
            cand config 'Show and change settings'
            cand migrate 'Copy a legacy `mlruns/` folder into an SQLite database'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;help;experiments'= {
            cand create 'Create an experiment and print its id'
            cand get 'Show one experiment'
            cand search 'Search experiments'
            cand rename 'Rename an experiment'
            cand delete 'Delete an experiment and its runs (soft delete; asks on a terminal)'
            cand restore 'Restore a deleted experiment and its runs'
        }
        &'mlf;help;experiments;create'= {
        }
        &'mlf;help;experiments;get'= {
        }
        &'mlf;help;experiments;search'= {
        }
        &'mlf;help;experiments;rename'= {
        }
        &'mlf;help;experiments;delete'= {
        }
        &'mlf;help;experiments;restore'= {
        }
        &'mlf;help;runs'= {
            cand create 'Start a run, leave it RUNNING, and print its id'
            cand get 'Show a run: info, params, latest metrics and tags'
            cand search 'Search runs with MLflow''s filter syntax'
            cand update 'Change a run''s name, status or end time'
            cand end 'End a run: set a terminal status (default FINISHED) and its end time'
            cand exec 'Run a command as an MLflow run'
            cand delete 'Delete a run (soft delete; asks on a terminal)'
            cand restore 'Restore a deleted run'
        }
        &'mlf;help;runs;create'= {
        }
        &'mlf;help;runs;get'= {
        }
        &'mlf;help;runs;search'= {
        }
        &'mlf;help;runs;update'= {
        }
        &'mlf;help;runs;end'= {
        }
        &'mlf;help;runs;exec'= {
        }
        &'mlf;help;runs;delete'= {
        }
        &'mlf;help;runs;restore'= {
        }
        &'mlf;help;metrics'= {
            cand log 'Log metric values to a run'
            cand history 'Print every logged value of one metric'
            cand list 'Print a run''s latest metrics'
        }
        &'mlf;help;metrics;log'= {
        }
        &'mlf;help;metrics;history'= {
        }
        &'mlf;help;metrics;list'= {
        }
        &'mlf;help;params'= {
            cand log 'Log parameters of a run'
            cand list 'Print a run''s params'
        }
        &'mlf;help;params;log'= {
        }
        &'mlf;help;params;list'= {
        }
        &'mlf;help;tags'= {
            cand set 'Set tags on a run or an experiment'
            cand delete 'Delete tags of a run or an experiment'
            cand list 'List tags of a run or an experiment'
        }
        &'mlf;help;tags;set'= {
        }
        &'mlf;help;tags;delete'= {
        }
        &'mlf;help;tags;list'= {
        }
        &'mlf;help;models'= {
            cand search 'Search logged models with MLflow''s logged-model filter syntax'
        }
        &'mlf;help;models;search'= {
        }
        &'mlf;help;artifacts'= {
            cand log 'Upload files or whole folders to a run'
            cand list 'List a run''s artifacts'
            cand download 'Download a file or a folder and print its local path'
            cand uri 'Print the artifact URI of a run (or of a path inside it)'
        }
        &'mlf;help;artifacts;log'= {
        }
        &'mlf;help;artifacts;list'= {
        }
        &'mlf;help;artifacts;download'= {
        }
        &'mlf;help;artifacts;uri'= {
        }
        &'mlf;help;config'= {
            cand show 'Show every effective setting and where it came from'
            cand set 'Set a value of a profile in the config file'
            cand login 'Store a token or password for a profile'
        }
        &'mlf;help;config;show'= {
        }
        &'mlf;help;config;set'= {
        }
        &'mlf;help;config;login'= {
        }
        &'mlf;help;migrate'= {
        }
        &'mlf;help;completions'= {
        }
        &'mlf;help;help'= {
        }
    ]
    $completions[$command]
}
