
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
            cand artifacts 'Upload, list and download run artifacts'
            cand registry 'Register models and move aliases (the model registry)'
            cand models 'Manage MLflow 3 logged models'
            cand config 'Show and change settings'
            cand migrate 'Copy a legacy `mlruns/` folder into an SQLite database'
            cand sync 'Copy runs between any two stores, idempotently'
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
            cand get 'Show a run: info, params, latest metrics, tags, inputs and models'
            cand describe 'Show a run: info, params, latest metrics, tags, inputs and models'
            cand search 'Search runs with MLflow''s filter syntax'
            cand list 'Search runs with MLflow''s filter syntax'
            cand update 'Change a run''s name, status or end time'
            cand end 'End a run: set a terminal status (default FINISHED) and its end time'
            cand exec 'Run a command as an MLflow run'
            cand log-input 'Log a dataset input of a run, as `mlflow.log_input`'
            cand compare 'Compare runs: params, latest metrics and tags side by side'
            cand watch 'Watch a run live: status, latest metrics with sparklines, a chart'
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
        &'mlf;runs;log-input'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --name 'Name of the dataset'
            cand --digest 'Digest (hash) of the dataset''s contents, at most 36 characters'
            cand --source-type 'Kind of source (`local`, `s3`, `http`, `code`, …)'
            cand --source 'Where the dataset comes from: its source JSON, or a URI (none given: `{"uri": ""}`)'
            cand --schema 'The dataset''s schema, as JSON'
            cand --dataset-profile 'The dataset''s profile (such as `{"num_rows": 1000}`), as JSON; `--profile JSON` works too (a `--profile` value that is a JSON object is the dataset''s, any other names a config profile)'
            cand --context 'What the run used it for (the `mlflow.data.context` tag): training, eval, …'
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
        &'mlf;runs;compare'= {
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand --only-diff 'Only the rows whose values differ'
            cand -q 'Print no status lines or progress on stderr'
            cand --quiet 'Print no status lines or progress on stderr'
            cand -y 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands off a terminal)'
            cand --no-headers 'Leave out the header row of tables and CSV'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mlf;runs;watch'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --key 'Metric to chart (can be repeated) [default: the first four keys]'
            cand --interval 'Seconds between refreshes'
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
            cand get 'Show a run: info, params, latest metrics, tags, inputs and models'
            cand search 'Search runs with MLflow''s filter syntax'
            cand update 'Change a run''s name, status or end time'
            cand end 'End a run: set a terminal status (default FINISHED) and its end time'
            cand exec 'Run a command as an MLflow run'
            cand log-input 'Log a dataset input of a run, as `mlflow.log_input`'
            cand compare 'Compare runs: params, latest metrics and tags side by side'
            cand watch 'Watch a run live: status, latest metrics with sparklines, a chart'
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
        &'mlf;runs;help;log-input'= {
        }
        &'mlf;runs;help;compare'= {
        }
        &'mlf;runs;help;watch'= {
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
            cand plot 'Draw a chart of metric histories'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;metrics;log'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --step 'Step of the values'
            cand --timestamp 'Timestamp in milliseconds since the epoch [default: now]'
            cand --file 'Read points from a file, or `-` for stdin'
            cand --format 'Format of --file [default: detected: `{` first means jsonl]'
            cand --model-id 'Logged model the values belong to: they are also recorded as the model''s metrics, and the model becomes an input of the run unless it is already one of its inputs or outputs'
            cand --dataset-name 'Name of the dataset the values were measured on (with --dataset-digest)'
            cand --dataset-digest 'Digest of that dataset'
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
        &'mlf;metrics;plot'= {
            cand --run-id 'Run to plot (can be repeated) [env: MLFLOW_RUN_ID]'
            cand --key 'Metric key to plot (can be repeated)'
            cand --filter 'Plot the runs this MLflow filter selects, e.g. "params.model = ''cnn''"'
            cand --x 'What the x axis shows'
            cand --svg 'Write the chart as SVG to FILE'
            cand --png 'Write the chart as PNG to FILE'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand --log-y 'Logarithmic y axis (values that are not positive are left out)'
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
            cand plot 'Draw a chart of metric histories'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;metrics;help;log'= {
        }
        &'mlf;metrics;help;history'= {
        }
        &'mlf;metrics;help;list'= {
        }
        &'mlf;metrics;help;plot'= {
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
            cand log 'Log parameters of a run or a logged model'
            cand list 'Print a run''s params'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;params;log'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --model-id 'Logged model id, instead of a run'
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
            cand log 'Log parameters of a run or a logged model'
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
            cand set 'Set tags on a run, an experiment or a logged model'
            cand delete 'Delete tags of a run, an experiment or a logged model'
            cand list 'List tags of a run, an experiment or a logged model'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;tags;set'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand --model-id 'Logged model id'
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
            cand --model-id 'Logged model id'
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
            cand --model-id 'Logged model id'
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
            cand set 'Set tags on a run, an experiment or a logged model'
            cand delete 'Delete tags of a run, an experiment or a logged model'
            cand list 'List tags of a run, an experiment or a logged model'
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
            cand list 'List a run''s (or a logged model''s) artifacts'
            cand download 'Download a file or a folder and print its local path'
            cand uri 'Print the artifact URI of a run (or of a path inside it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;artifacts;log'= {
            cand --run-id 'Run id [env: MLFLOW_RUN_ID]'
            cand --model-id 'Logged model id: upload to the model''s own artifacts instead of a run''s'
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
            cand --model-id 'Logged model id: upload to the model''s own artifacts instead of a run''s'
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
            cand --model-id 'Logged model id: upload to the model''s own artifacts instead of a run''s'
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
            cand --model-id 'Logged model id: list the model''s own artifacts instead of a run''s'
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
            cand --model-id 'Logged model id: download from the model''s own artifacts instead of a run''s'
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
            cand list 'List a run''s (or a logged model''s) artifacts'
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
        &'mlf;registry'= {
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
            cand register 'Register a model version and print its number'
            cand get 'Show a registered model: its tags, aliases and latest versions'
            cand describe 'Show a registered model: its tags, aliases and latest versions'
            cand search 'Search registered models'
            cand list 'Search registered models'
            cand versions 'List the versions of a registered model (search_model_versions)'
            cand alias 'Point aliases at versions, or remove them'
            cand tags 'Set or delete tags of registered models and versions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;registry;register'= {
            cand --name 'Registered model name'
            cand --model-id 'Logged model to register (its source becomes models:/<id>)'
            cand --source 'Model URI or artifact location to register: runs:/<run>/<path>, models:/…, a URI'
            cand --tag 'Tag of the new version, KEY=VALUE (can be repeated)'
            cand --alias 'Alias to point at the new version (can be repeated)'
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
        &'mlf;registry;get'= {
            cand --name 'Registered model name'
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
        &'mlf;registry;describe'= {
            cand --name 'Registered model name'
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
        &'mlf;registry;search'= {
            cand --filter 'Filter, e.g. "name LIKE ''fraud%'' AND tags.team = ''risk''"'
            cand --max-results 'Most registered models to return'
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
        &'mlf;registry;list'= {
            cand --filter 'Filter, e.g. "name LIKE ''fraud%'' AND tags.team = ''risk''"'
            cand --max-results 'Most registered models to return'
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
        &'mlf;registry;versions'= {
            cand --name 'Registered model name'
            cand --filter 'Filter, e.g. "version_number > 2 AND run_id = ''…''"'
            cand --max-results 'Most versions to return'
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
        &'mlf;registry;alias'= {
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
            cand set 'Point an alias (champion, staging, …) at a version'
            cand delete 'Remove an alias (a missing one is no error)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;registry;alias;set'= {
            cand --name 'Registered model name'
            cand --alias 'Alias to set'
            cand --version 'Version it points at'
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
        &'mlf;registry;alias;delete'= {
            cand --name 'Registered model name'
            cand --alias 'Alias to remove'
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
        &'mlf;registry;alias;help'= {
            cand set 'Point an alias (champion, staging, …) at a version'
            cand delete 'Remove an alias (a missing one is no error)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;registry;alias;help;set'= {
        }
        &'mlf;registry;alias;help;delete'= {
        }
        &'mlf;registry;alias;help;help'= {
        }
        &'mlf;registry;tags'= {
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
            cand set 'Set tags of a registered model, or of one version with --version'
            cand delete 'Delete tags of a registered model, or of one version with --version'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;registry;tags;set'= {
            cand --name 'Registered model name'
            cand --version 'Version whose tags to set [default: the registered model''s]'
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
        &'mlf;registry;tags;delete'= {
            cand --name 'Registered model name'
            cand --version 'Version whose tags to delete [default: the registered model''s]'
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
        &'mlf;registry;tags;help'= {
            cand set 'Set tags of a registered model, or of one version with --version'
            cand delete 'Delete tags of a registered model, or of one version with --version'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;registry;tags;help;set'= {
        }
        &'mlf;registry;tags;help;delete'= {
        }
        &'mlf;registry;tags;help;help'= {
        }
        &'mlf;registry;help'= {
            cand register 'Register a model version and print its number'
            cand get 'Show a registered model: its tags, aliases and latest versions'
            cand search 'Search registered models'
            cand versions 'List the versions of a registered model (search_model_versions)'
            cand alias 'Point aliases at versions, or remove them'
            cand tags 'Set or delete tags of registered models and versions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;registry;help;register'= {
        }
        &'mlf;registry;help;get'= {
        }
        &'mlf;registry;help;search'= {
        }
        &'mlf;registry;help;versions'= {
        }
        &'mlf;registry;help;alias'= {
            cand set 'Point an alias (champion, staging, …) at a version'
            cand delete 'Remove an alias (a missing one is no error)'
        }
        &'mlf;registry;help;alias;set'= {
        }
        &'mlf;registry;help;alias;delete'= {
        }
        &'mlf;registry;help;tags'= {
            cand set 'Set tags of a registered model, or of one version with --version'
            cand delete 'Delete tags of a registered model, or of one version with --version'
        }
        &'mlf;registry;help;tags;set'= {
        }
        &'mlf;registry;help;tags;delete'= {
        }
        &'mlf;registry;help;help'= {
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
            cand create 'Create a logged model (PENDING) and print its id'
            cand get 'Show a logged model: info, params, metrics and tags'
            cand describe 'Show a logged model: info, params, metrics and tags'
            cand search 'Search logged models with MLflow''s logged-model filter syntax'
            cand list 'Search logged models with MLflow''s logged-model filter syntax'
            cand finalize 'Set a logged model''s final status (READY or FAILED)'
            cand delete 'Delete a logged model (soft delete, as MLflow; asks on a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;models;create'= {
            cand --experiment-id 'Experiment id [env: MLFLOW_EXPERIMENT_ID]'
            cand -n 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --experiment-name 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]'
            cand --name 'Name of the model [default: a random name like brave-owl-417]'
            cand --model-type 'Type of the model (free text, e.g. `agent`)'
            cand --source-run-id 'The run that produced the model'
            cand --param 'Param to log, KEY=VALUE (can be repeated)'
            cand --tag 'Tag to set, KEY=VALUE (can be repeated)'
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
        &'mlf;models;get'= {
            cand --model-id 'Logged model id (`m-…`)'
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
        &'mlf;models;describe'= {
            cand --model-id 'Logged model id (`m-…`)'
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
        &'mlf;models;finalize'= {
            cand --model-id 'Logged model id (`m-…`)'
            cand --status 'The final status'
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
        &'mlf;models;delete'= {
            cand --model-id 'Logged model id (`m-…`)'
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
            cand create 'Create a logged model (PENDING) and print its id'
            cand get 'Show a logged model: info, params, metrics and tags'
            cand search 'Search logged models with MLflow''s logged-model filter syntax'
            cand finalize 'Set a logged model''s final status (READY or FAILED)'
            cand delete 'Delete a logged model (soft delete, as MLflow; asks on a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mlf;models;help;create'= {
        }
        &'mlf;models;help;get'= {
        }
        &'mlf;models;help;search'= {
        }
        &'mlf;models;help;finalize'= {
        }
        &'mlf;models;help;delete'= {
        }
        &'mlf;models;help;help'= {
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
        &'mlf;sync'= {
            cand --from 'The store to copy from (any tracking URI)'
            cand --to 'The store to copy into (any tracking URI)'
            cand --experiment-id 'Only this experiment (repeatable)'
            cand --experiment-name 'Only the experiment of this name (repeatable)'
            cand --filter 'Only runs matching this search filter'
            cand --run-id 'Only this run (repeatable)'
            cand --view 'Which runs by lifecycle stage'
            cand --jobs 'Runs copied at once'
            cand --tracking-uri 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]'
            cand -o 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --output 'Output format [env: MLF_OUTPUT] [default: table]'
            cand --color 'When to use colour [default: auto; never when NO_COLOR is set]'
            cand --profile 'Profile of the config file to use [env: MLF_PROFILE]'
            cand --no-artifacts 'Leave artifacts out'
            cand --dry-run 'Say what would be copied, copy nothing'
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
            cand artifacts 'Upload, list and download run artifacts'
            cand registry 'Register models and move aliases (the model registry)'
            cand models 'Manage MLflow 3 logged models'
            cand config 'Show and change settings'
            cand migrate 'Copy a legacy `mlruns/` folder into an SQLite database'
            cand sync 'Copy runs between any two stores, idempotently'
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
            cand get 'Show a run: info, params, latest metrics, tags, inputs and models'
            cand search 'Search runs with MLflow''s filter syntax'
            cand update 'Change a run''s name, status or end time'
            cand end 'End a run: set a terminal status (default FINISHED) and its end time'
            cand exec 'Run a command as an MLflow run'
            cand log-input 'Log a dataset input of a run, as `mlflow.log_input`'
            cand compare 'Compare runs: params, latest metrics and tags side by side'
            cand watch 'Watch a run live: status, latest metrics with sparklines, a chart'
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
        &'mlf;help;runs;log-input'= {
        }
        &'mlf;help;runs;compare'= {
        }
        &'mlf;help;runs;watch'= {
        }
        &'mlf;help;runs;delete'= {
        }
        &'mlf;help;runs;restore'= {
        }
        &'mlf;help;metrics'= {
            cand log 'Log metric values to a run'
            cand history 'Print every logged value of one metric'
            cand list 'Print a run''s latest metrics'
            cand plot 'Draw a chart of metric histories'
        }
        &'mlf;help;metrics;log'= {
        }
        &'mlf;help;metrics;history'= {
        }
        &'mlf;help;metrics;list'= {
        }
        &'mlf;help;metrics;plot'= {
        }
        &'mlf;help;params'= {
            cand log 'Log parameters of a run or a logged model'
            cand list 'Print a run''s params'
        }
        &'mlf;help;params;log'= {
        }
        &'mlf;help;params;list'= {
        }
        &'mlf;help;tags'= {
            cand set 'Set tags on a run, an experiment or a logged model'
            cand delete 'Delete tags of a run, an experiment or a logged model'
            cand list 'List tags of a run, an experiment or a logged model'
        }
        &'mlf;help;tags;set'= {
        }
        &'mlf;help;tags;delete'= {
        }
        &'mlf;help;tags;list'= {
        }
        &'mlf;help;artifacts'= {
            cand log 'Upload files or whole folders to a run'
            cand list 'List a run''s (or a logged model''s) artifacts'
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
        &'mlf;help;registry'= {
            cand register 'Register a model version and print its number'
            cand get 'Show a registered model: its tags, aliases and latest versions'
            cand search 'Search registered models'
            cand versions 'List the versions of a registered model (search_model_versions)'
            cand alias 'Point aliases at versions, or remove them'
            cand tags 'Set or delete tags of registered models and versions'
        }
        &'mlf;help;registry;register'= {
        }
        &'mlf;help;registry;get'= {
        }
        &'mlf;help;registry;search'= {
        }
        &'mlf;help;registry;versions'= {
        }
        &'mlf;help;registry;alias'= {
            cand set 'Point an alias (champion, staging, …) at a version'
            cand delete 'Remove an alias (a missing one is no error)'
        }
        &'mlf;help;registry;alias;set'= {
        }
        &'mlf;help;registry;alias;delete'= {
        }
        &'mlf;help;registry;tags'= {
            cand set 'Set tags of a registered model, or of one version with --version'
            cand delete 'Delete tags of a registered model, or of one version with --version'
        }
        &'mlf;help;registry;tags;set'= {
        }
        &'mlf;help;registry;tags;delete'= {
        }
        &'mlf;help;models'= {
            cand create 'Create a logged model (PENDING) and print its id'
            cand get 'Show a logged model: info, params, metrics and tags'
            cand search 'Search logged models with MLflow''s logged-model filter syntax'
            cand finalize 'Set a logged model''s final status (READY or FAILED)'
            cand delete 'Delete a logged model (soft delete, as MLflow; asks on a terminal)'
        }
        &'mlf;help;models;create'= {
        }
        &'mlf;help;models;get'= {
        }
        &'mlf;help;models;search'= {
        }
        &'mlf;help;models;finalize'= {
        }
        &'mlf;help;models;delete'= {
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
        &'mlf;help;sync'= {
        }
        &'mlf;help;completions'= {
        }
        &'mlf;help;help'= {
        }
    ]
    $completions[$command]
}
