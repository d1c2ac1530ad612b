
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'mlf' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'mlf'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'mlf' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('experiments', 'experiments', [CompletionResultType]::ParameterValue, 'Manage experiments')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Manage runs')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Log and read metrics')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Log and list parameters')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Manage run and experiment tags')
            [CompletionResult]::new('artifacts', 'artifacts', [CompletionResultType]::ParameterValue, 'Upload, list and download run artifacts')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'Register models and move aliases (the model registry)')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'Manage MLflow 3 logged models')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change settings')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy a legacy `mlruns/` folder into an SQLite database')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy runs between any two stores, idempotently')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;experiments' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an experiment and print its id')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one experiment')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show one experiment')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search experiments')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Search experiments')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an experiment')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an experiment and its runs (soft delete; asks on a terminal)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted experiment and its runs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;experiments;create' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Name of the new experiment')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Name of the new experiment')
            [CompletionResult]::new('--artifact-location', '--artifact-location', [CompletionResultType]::ParameterName, 'Where the experiment''s artifacts go [default: ./mlruns/<id> for local stores]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag to set, KEY=VALUE (can be repeated)')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('--exist-ok', '--exist-ok', [CompletionResultType]::ParameterName, 'Print the id of an existing active experiment of that name instead of failing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;experiments;get' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;experiments;describe' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;experiments;search' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Which experiments: active, deleted or all')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'MLflow filter string, e.g. "name LIKE ''fraud%''"')
            [CompletionResult]::new('--order-by', '--order-by', [CompletionResultType]::ParameterName, 'Sort key with optional ASC/DESC, e.g. "name ASC" (can be repeated)')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Most experiments to return, across pages')
            [CompletionResult]::new('--page-token', '--page-token', [CompletionResultType]::ParameterName, 'Continue from the page token of an earlier search')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;experiments;list' {
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Which experiments: active, deleted or all')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'MLflow filter string, e.g. "name LIKE ''fraud%''"')
            [CompletionResult]::new('--order-by', '--order-by', [CompletionResultType]::ParameterName, 'Sort key with optional ASC/DESC, e.g. "name ASC" (can be repeated)')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Most experiments to return, across pages')
            [CompletionResult]::new('--page-token', '--page-token', [CompletionResultType]::ParameterName, 'Continue from the page token of an earlier search')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;experiments;rename' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--new-name', '--new-name', [CompletionResultType]::ParameterName, 'The new name')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;experiments;delete' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;experiments;restore' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;experiments;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an experiment and print its id')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one experiment')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search experiments')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an experiment')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an experiment and its runs (soft delete; asks on a terminal)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted experiment and its runs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;experiments;help;create' {
            break
        }
        'mlf;experiments;help;get' {
            break
        }
        'mlf;experiments;help;search' {
            break
        }
        'mlf;experiments;help;rename' {
            break
        }
        'mlf;experiments;help;delete' {
            break
        }
        'mlf;experiments;help;restore' {
            break
        }
        'mlf;experiments;help;help' {
            break
        }
        'mlf;runs' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a run, leave it RUNNING, and print its id')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a run: info, params, latest metrics, tags, inputs and models')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a run: info, params, latest metrics, tags, inputs and models')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search runs with MLflow''s filter syntax')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Search runs with MLflow''s filter syntax')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a run''s name, status or end time')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a run: set a terminal status (default FINISHED) and its end time')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command as an MLflow run')
            [CompletionResult]::new('log-input', 'log-input', [CompletionResultType]::ParameterValue, 'Log a dataset input of a run, as `mlflow.log_input`')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare runs: params, latest metrics and tags side by side')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch a run live: status, latest metrics with sparklines, a chart')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a run (soft delete; asks on a terminal)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted run')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;runs;create' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--run-name', '--run-name', [CompletionResultType]::ParameterName, 'Name of the run [default: a random name like brave-owl-417]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag to set, KEY=VALUE (can be repeated)')
            [CompletionResult]::new('--parent-run-id', '--parent-run-id', [CompletionResultType]::ParameterName, 'Make this run a child of another run')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of the run (the `mlflow.note.content` tag)')
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Start time in milliseconds since the epoch [default: now]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;get' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;describe' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;search' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'MLflow filter string, e.g. "metrics.val_loss < 0.3 and params.model = ''cnn''"')
            [CompletionResult]::new('--order-by', '--order-by', [CompletionResultType]::ParameterName, 'Sort key with optional ASC/DESC, e.g. "metrics.val_loss ASC" (can be repeated)')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Most runs to return, across pages')
            [CompletionResult]::new('--page-token', '--page-token', [CompletionResultType]::ParameterName, 'Continue from the page token of an earlier search')
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Which runs: active, deleted or all')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Extra table columns, e.g. metrics.val_loss,params.lr,tags.team')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;list' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'MLflow filter string, e.g. "metrics.val_loss < 0.3 and params.model = ''cnn''"')
            [CompletionResult]::new('--order-by', '--order-by', [CompletionResultType]::ParameterName, 'Sort key with optional ASC/DESC, e.g. "metrics.val_loss ASC" (can be repeated)')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Most runs to return, across pages')
            [CompletionResult]::new('--page-token', '--page-token', [CompletionResultType]::ParameterName, 'Continue from the page token of an earlier search')
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Which runs: active, deleted or all')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Extra table columns, e.g. metrics.val_loss,params.lr,tags.team')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;update' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--run-name', '--run-name', [CompletionResultType]::ParameterName, 'New run name')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'New status')
            [CompletionResult]::new('--end-time', '--end-time', [CompletionResultType]::ParameterName, 'End time in milliseconds since the epoch')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;end' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Final status')
            [CompletionResult]::new('--end-time', '--end-time', [CompletionResultType]::ParameterName, 'End time in milliseconds since the epoch [default: now]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;exec' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--run-name', '--run-name', [CompletionResultType]::ParameterName, 'Name of the run [default: a random name like brave-owl-417]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag to set, KEY=VALUE (can be repeated)')
            [CompletionResult]::new('--parent-run-id', '--parent-run-id', [CompletionResultType]::ParameterName, 'Make this run a child of another run')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of the run (the `mlflow.note.content` tag)')
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Resume this run instead of creating one (it is set RUNNING again)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Param to log before the command starts, KEY=VALUE (can be repeated)')
            [CompletionResult]::new('--sampling-interval', '--sampling-interval', [CompletionResultType]::ParameterName, 'Seconds between system-metric samples [env: MLFLOW_SYSTEM_METRICS_SAMPLING_INTERVAL] [default: 10]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('--no-capture', '--no-capture', [CompletionResultType]::ParameterName, 'Keep no copy of the command''s output')
            [CompletionResult]::new('--system-metrics', '--system-metrics', [CompletionResultType]::ParameterName, 'Log system metrics (CPU, memory, disk, network) while the command runs [env: MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;log-input' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the dataset')
            [CompletionResult]::new('--digest', '--digest', [CompletionResultType]::ParameterName, 'Digest (hash) of the dataset''s contents, at most 36 characters')
            [CompletionResult]::new('--source-type', '--source-type', [CompletionResultType]::ParameterName, 'Kind of source (`local`, `s3`, `http`, `code`, …)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the dataset comes from: its source JSON, or a URI (none given: `{"uri": ""}`)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'The dataset''s schema, as JSON')
            [CompletionResult]::new('--dataset-profile', '--dataset-profile', [CompletionResultType]::ParameterName, 'The dataset''s profile (such as `{"num_rows": 1000}`), as JSON; `--profile JSON` works too (a `--profile` value that is a JSON object is the dataset''s, any other names a config profile)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'What the run used it for (the `mlflow.data.context` tag): training, eval, …')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;compare' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('--only-diff', '--only-diff', [CompletionResultType]::ParameterName, 'Only the rows whose values differ')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;watch' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Metric to chart (can be repeated) [default: the first four keys]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between refreshes')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;delete' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;restore' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;runs;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a run, leave it RUNNING, and print its id')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a run: info, params, latest metrics, tags, inputs and models')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search runs with MLflow''s filter syntax')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a run''s name, status or end time')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a run: set a terminal status (default FINISHED) and its end time')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command as an MLflow run')
            [CompletionResult]::new('log-input', 'log-input', [CompletionResultType]::ParameterValue, 'Log a dataset input of a run, as `mlflow.log_input`')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare runs: params, latest metrics and tags side by side')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch a run live: status, latest metrics with sparklines, a chart')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a run (soft delete; asks on a terminal)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted run')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;runs;help;create' {
            break
        }
        'mlf;runs;help;get' {
            break
        }
        'mlf;runs;help;search' {
            break
        }
        'mlf;runs;help;update' {
            break
        }
        'mlf;runs;help;end' {
            break
        }
        'mlf;runs;help;exec' {
            break
        }
        'mlf;runs;help;log-input' {
            break
        }
        'mlf;runs;help;compare' {
            break
        }
        'mlf;runs;help;watch' {
            break
        }
        'mlf;runs;help;delete' {
            break
        }
        'mlf;runs;help;restore' {
            break
        }
        'mlf;runs;help;help' {
            break
        }
        'mlf;metrics' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log metric values to a run')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Print every logged value of one metric')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print a run''s latest metrics')
            [CompletionResult]::new('plot', 'plot', [CompletionResultType]::ParameterValue, 'Draw a chart of metric histories')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;metrics;log' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'Step of the values')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Timestamp in milliseconds since the epoch [default: now]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read points from a file, or `-` for stdin')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format of --file [default: detected: `{` first means jsonl]')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model the values belong to: they are also recorded as the model''s metrics, and the model becomes an input of the run unless it is already one of its inputs or outputs')
            [CompletionResult]::new('--dataset-name', '--dataset-name', [CompletionResultType]::ParameterName, 'Name of the dataset the values were measured on (with --dataset-digest)')
            [CompletionResult]::new('--dataset-digest', '--dataset-digest', [CompletionResultType]::ParameterName, 'Digest of that dataset')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;metrics;history' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Metric key')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;metrics;list' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;metrics;plot' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run to plot (can be repeated) [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Metric key to plot (can be repeated)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Plot the runs this MLflow filter selects, e.g. "params.model = ''cnn''"')
            [CompletionResult]::new('--x', '--x', [CompletionResultType]::ParameterName, 'What the x axis shows')
            [CompletionResult]::new('--svg', '--svg', [CompletionResultType]::ParameterName, 'Write the chart as SVG to FILE')
            [CompletionResult]::new('--png', '--png', [CompletionResultType]::ParameterName, 'Write the chart as PNG to FILE')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('--log-y', '--log-y', [CompletionResultType]::ParameterName, 'Logarithmic y axis (values that are not positive are left out)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;metrics;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log metric values to a run')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Print every logged value of one metric')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print a run''s latest metrics')
            [CompletionResult]::new('plot', 'plot', [CompletionResultType]::ParameterValue, 'Draw a chart of metric histories')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;metrics;help;log' {
            break
        }
        'mlf;metrics;help;history' {
            break
        }
        'mlf;metrics;help;list' {
            break
        }
        'mlf;metrics;help;plot' {
            break
        }
        'mlf;metrics;help;help' {
            break
        }
        'mlf;params' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log parameters of a run or a logged model')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print a run''s params')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;params;log' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id, instead of a run')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;params;list' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;params;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log parameters of a run or a logged model')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print a run''s params')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;params;help;log' {
            break
        }
        'mlf;params;help;list' {
            break
        }
        'mlf;params;help;help' {
            break
        }
        'mlf;tags' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set tags on a run, an experiment or a logged model')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags of a run, an experiment or a logged model')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags of a run, an experiment or a logged model')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;tags;set' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;tags;delete' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;tags;list' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;tags;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set tags on a run, an experiment or a logged model')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags of a run, an experiment or a logged model')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags of a run, an experiment or a logged model')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;tags;help;set' {
            break
        }
        'mlf;tags;help;delete' {
            break
        }
        'mlf;tags;help;list' {
            break
        }
        'mlf;tags;help;help' {
            break
        }
        'mlf;artifacts' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Upload files or whole folders to a run')
            [CompletionResult]::new('log-artifact', 'log-artifact', [CompletionResultType]::ParameterValue, 'Upload files or whole folders to a run')
            [CompletionResult]::new('log-artifacts', 'log-artifacts', [CompletionResultType]::ParameterValue, 'Upload files or whole folders to a run')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a run''s (or a logged model''s) artifacts')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file or a folder and print its local path')
            [CompletionResult]::new('uri', 'uri', [CompletionResultType]::ParameterValue, 'Print the artifact URI of a run (or of a path inside it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;artifacts;log' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id: upload to the model''s own artifacts instead of a run''s')
            [CompletionResult]::new('--artifact-path', '--artifact-path', [CompletionResultType]::ParameterName, 'Folder inside the run''s artifacts to upload into')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('--follow-symlinks', '--follow-symlinks', [CompletionResultType]::ParameterName, 'Follow symlinks that point out of a logged folder')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;artifacts;log-artifact' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id: upload to the model''s own artifacts instead of a run''s')
            [CompletionResult]::new('--artifact-path', '--artifact-path', [CompletionResultType]::ParameterName, 'Folder inside the run''s artifacts to upload into')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('--follow-symlinks', '--follow-symlinks', [CompletionResultType]::ParameterName, 'Follow symlinks that point out of a logged folder')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;artifacts;log-artifacts' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id: upload to the model''s own artifacts instead of a run''s')
            [CompletionResult]::new('--artifact-path', '--artifact-path', [CompletionResultType]::ParameterName, 'Folder inside the run''s artifacts to upload into')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('--follow-symlinks', '--follow-symlinks', [CompletionResultType]::ParameterName, 'Follow symlinks that point out of a logged folder')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;artifacts;list' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id: list the model''s own artifacts instead of a run''s')
            [CompletionResult]::new('--artifact-path', '--artifact-path', [CompletionResultType]::ParameterName, 'Folder to list [default: the root]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'List sub-folders too')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'List sub-folders too')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;artifacts;download' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id: download from the model''s own artifacts instead of a run''s')
            [CompletionResult]::new('--artifact-path', '--artifact-path', [CompletionResultType]::ParameterName, 'File or folder inside the run''s artifacts [default: all of them]')
            [CompletionResult]::new('--artifact-uri', '--artifact-uri', [CompletionResultType]::ParameterName, 'Full artifact URI to download instead of a run''s artifacts')
            [CompletionResult]::new('--dst-path', '--dst-path', [CompletionResultType]::ParameterName, 'Folder to download into [default: a new temporary folder]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;artifacts;uri' {
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Run id [env: MLFLOW_RUN_ID]')
            [CompletionResult]::new('--artifact-path', '--artifact-path', [CompletionResultType]::ParameterName, 'Path inside the run''s artifacts')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;artifacts;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Upload files or whole folders to a run')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a run''s (or a logged model''s) artifacts')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file or a folder and print its local path')
            [CompletionResult]::new('uri', 'uri', [CompletionResultType]::ParameterValue, 'Print the artifact URI of a run (or of a path inside it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;artifacts;help;log' {
            break
        }
        'mlf;artifacts;help;list' {
            break
        }
        'mlf;artifacts;help;download' {
            break
        }
        'mlf;artifacts;help;uri' {
            break
        }
        'mlf;artifacts;help;help' {
            break
        }
        'mlf;registry' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a model version and print its number')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a registered model: its tags, aliases and latest versions')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a registered model: its tags, aliases and latest versions')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search registered models')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Search registered models')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List the versions of a registered model (search_model_versions)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Point aliases at versions, or remove them')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Set or delete tags of registered models and versions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;registry;register' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Registered model name')
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model to register (its source becomes models:/<id>)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Model URI or artifact location to register: runs:/<run>/<path>, models:/…, a URI')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag of the new version, KEY=VALUE (can be repeated)')
            [CompletionResult]::new('--alias', '--alias', [CompletionResultType]::ParameterName, 'Alias to point at the new version (can be repeated)')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;registry;get' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Registered model name')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;registry;describe' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Registered model name')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;registry;search' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter, e.g. "name LIKE ''fraud%'' AND tags.team = ''risk''"')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Most registered models to return')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;registry;list' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter, e.g. "name LIKE ''fraud%'' AND tags.team = ''risk''"')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Most registered models to return')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;registry;versions' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Registered model name')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter, e.g. "version_number > 2 AND run_id = ''…''"')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Most versions to return')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;registry;alias' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Point an alias (champion, staging, …) at a version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an alias (a missing one is no error)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;registry;alias;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Registered model name')
            [CompletionResult]::new('--alias', '--alias', [CompletionResultType]::ParameterName, 'Alias to set')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Version it points at')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;registry;alias;delete' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Registered model name')
            [CompletionResult]::new('--alias', '--alias', [CompletionResultType]::ParameterName, 'Alias to remove')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;registry;alias;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Point an alias (champion, staging, …) at a version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an alias (a missing one is no error)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;registry;alias;help;set' {
            break
        }
        'mlf;registry;alias;help;delete' {
            break
        }
        'mlf;registry;alias;help;help' {
            break
        }
        'mlf;registry;tags' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set tags of a registered model, or of one version with --version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags of a registered model, or of one version with --version')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;registry;tags;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Registered model name')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Version whose tags to set [default: the registered model''s]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;registry;tags;delete' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Registered model name')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Version whose tags to delete [default: the registered model''s]')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;registry;tags;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set tags of a registered model, or of one version with --version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags of a registered model, or of one version with --version')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;registry;tags;help;set' {
            break
        }
        'mlf;registry;tags;help;delete' {
            break
        }
        'mlf;registry;tags;help;help' {
            break
        }
        'mlf;registry;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a model version and print its number')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a registered model: its tags, aliases and latest versions')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search registered models')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List the versions of a registered model (search_model_versions)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Point aliases at versions, or remove them')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Set or delete tags of registered models and versions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;registry;help;register' {
            break
        }
        'mlf;registry;help;get' {
            break
        }
        'mlf;registry;help;search' {
            break
        }
        'mlf;registry;help;versions' {
            break
        }
        'mlf;registry;help;alias' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Point an alias (champion, staging, …) at a version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an alias (a missing one is no error)')
            break
        }
        'mlf;registry;help;alias;set' {
            break
        }
        'mlf;registry;help;alias;delete' {
            break
        }
        'mlf;registry;help;tags' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set tags of a registered model, or of one version with --version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags of a registered model, or of one version with --version')
            break
        }
        'mlf;registry;help;tags;set' {
            break
        }
        'mlf;registry;help;tags;delete' {
            break
        }
        'mlf;registry;help;help' {
            break
        }
        'mlf;models' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a logged model (PENDING) and print its id')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a logged model: info, params, metrics and tags')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a logged model: info, params, metrics and tags')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search logged models with MLflow''s logged-model filter syntax')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Search logged models with MLflow''s logged-model filter syntax')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Set a logged model''s final status (READY or FAILED)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a logged model (soft delete, as MLflow; asks on a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;models;create' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the model [default: a random name like brave-owl-417]')
            [CompletionResult]::new('--model-type', '--model-type', [CompletionResultType]::ParameterName, 'Type of the model (free text, e.g. `agent`)')
            [CompletionResult]::new('--source-run-id', '--source-run-id', [CompletionResultType]::ParameterName, 'The run that produced the model')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Param to log, KEY=VALUE (can be repeated)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag to set, KEY=VALUE (can be repeated)')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;models;get' {
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id (`m-…`)')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;models;describe' {
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id (`m-…`)')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;models;search' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Logged-model filter, e.g. "metrics.accuracy > 0.95 AND params.model_type = ''rf''"')
            [CompletionResult]::new('--order-by', '--order-by', [CompletionResultType]::ParameterName, 'Sort key with optional ASC/DESC: an attribute or metrics.<key>, optionally of one dataset as metrics.<key>@<name>[:<digest>] (can be repeated)')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Only metrics logged against this dataset, as NAME or NAME:DIGEST (can be repeated)')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Most models to return, across pages')
            [CompletionResult]::new('--page-token', '--page-token', [CompletionResultType]::ParameterName, 'Continue from the page token of an earlier search')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;models;list' {
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Experiment id to search (can be repeated) [env: MLFLOW_EXPERIMENT_ID]')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Experiment name to search (can be repeated) [env: MLFLOW_EXPERIMENT_NAME]')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Logged-model filter, e.g. "metrics.accuracy > 0.95 AND params.model_type = ''rf''"')
            [CompletionResult]::new('--order-by', '--order-by', [CompletionResultType]::ParameterName, 'Sort key with optional ASC/DESC: an attribute or metrics.<key>, optionally of one dataset as metrics.<key>@<name>[:<digest>] (can be repeated)')
            [CompletionResult]::new('--dataset', '--dataset', [CompletionResultType]::ParameterName, 'Only metrics logged against this dataset, as NAME or NAME:DIGEST (can be repeated)')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Most models to return, across pages')
            [CompletionResult]::new('--page-token', '--page-token', [CompletionResultType]::ParameterName, 'Continue from the page token of an earlier search')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;models;finalize' {
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id (`m-…`)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The final status')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;models;delete' {
            [CompletionResult]::new('--model-id', '--model-id', [CompletionResultType]::ParameterName, 'Logged model id (`m-…`)')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;models;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a logged model (PENDING) and print its id')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a logged model: info, params, metrics and tags')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search logged models with MLflow''s logged-model filter syntax')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Set a logged model''s final status (READY or FAILED)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a logged model (soft delete, as MLflow; asks on a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;models;help;create' {
            break
        }
        'mlf;models;help;get' {
            break
        }
        'mlf;models;help;search' {
            break
        }
        'mlf;models;help;finalize' {
            break
        }
        'mlf;models;help;delete' {
            break
        }
        'mlf;models;help;help' {
            break
        }
        'mlf;config' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every effective setting and where it came from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value of a profile in the config file')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token or password for a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;config;show' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;config;set' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;config;login' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every effective setting and where it came from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value of a profile in the config file')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token or password for a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;config;help;show' {
            break
        }
        'mlf;config;help;set' {
            break
        }
        'mlf;config;help;login' {
            break
        }
        'mlf;config;help;help' {
            break
        }
        'mlf;migrate' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The `mlruns` folder to copy (a path or a `file:` URI)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The SQLite database to copy into (created when missing)')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('--merge', '--merge', [CompletionResultType]::ParameterName, 'Copy into a database that already holds runs, skipping runs it has')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;sync' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The store to copy from (any tracking URI)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The store to copy into (any tracking URI)')
            [CompletionResult]::new('--experiment-id', '--experiment-id', [CompletionResultType]::ParameterName, 'Only this experiment (repeatable)')
            [CompletionResult]::new('--experiment-name', '--experiment-name', [CompletionResultType]::ParameterName, 'Only the experiment of this name (repeatable)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only runs matching this search filter')
            [CompletionResult]::new('--run-id', '--run-id', [CompletionResultType]::ParameterName, 'Only this run (repeatable)')
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'Which runs by lifecycle stage')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Runs copied at once')
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('--no-artifacts', '--no-artifacts', [CompletionResultType]::ParameterName, 'Leave artifacts out')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would be copied, copy nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;completions' {
            [CompletionResult]::new('--tracking-uri', '--tracking-uri', [CompletionResultType]::ParameterName, 'Where the tracking data is: sqlite:///PATH, http(s)://HOST, a folder … [env: MLFLOW_TRACKING_URI]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: MLF_OUTPUT] [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour [default: auto; never when NO_COLOR is set]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the config file to use [env: MLF_PROFILE]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or progress on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands off a terminal)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header row of tables and CSV')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mlf;help' {
            [CompletionResult]::new('experiments', 'experiments', [CompletionResultType]::ParameterValue, 'Manage experiments')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Manage runs')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Log and read metrics')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Log and list parameters')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Manage run and experiment tags')
            [CompletionResult]::new('artifacts', 'artifacts', [CompletionResultType]::ParameterValue, 'Upload, list and download run artifacts')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'Register models and move aliases (the model registry)')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'Manage MLflow 3 logged models')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show and change settings')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy a legacy `mlruns/` folder into an SQLite database')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy runs between any two stores, idempotently')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mlf;help;experiments' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an experiment and print its id')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one experiment')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search experiments')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an experiment')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an experiment and its runs (soft delete; asks on a terminal)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted experiment and its runs')
            break
        }
        'mlf;help;experiments;create' {
            break
        }
        'mlf;help;experiments;get' {
            break
        }
        'mlf;help;experiments;search' {
            break
        }
        'mlf;help;experiments;rename' {
            break
        }
        'mlf;help;experiments;delete' {
            break
        }
        'mlf;help;experiments;restore' {
            break
        }
        'mlf;help;runs' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Start a run, leave it RUNNING, and print its id')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a run: info, params, latest metrics, tags, inputs and models')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search runs with MLflow''s filter syntax')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a run''s name, status or end time')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a run: set a terminal status (default FINISHED) and its end time')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command as an MLflow run')
            [CompletionResult]::new('log-input', 'log-input', [CompletionResultType]::ParameterValue, 'Log a dataset input of a run, as `mlflow.log_input`')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare runs: params, latest metrics and tags side by side')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch a run live: status, latest metrics with sparklines, a chart')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a run (soft delete; asks on a terminal)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a deleted run')
            break
        }
        'mlf;help;runs;create' {
            break
        }
        'mlf;help;runs;get' {
            break
        }
        'mlf;help;runs;search' {
            break
        }
        'mlf;help;runs;update' {
            break
        }
        'mlf;help;runs;end' {
            break
        }
        'mlf;help;runs;exec' {
            break
        }
        'mlf;help;runs;log-input' {
            break
        }
        'mlf;help;runs;compare' {
            break
        }
        'mlf;help;runs;watch' {
            break
        }
        'mlf;help;runs;delete' {
            break
        }
        'mlf;help;runs;restore' {
            break
        }
        'mlf;help;metrics' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log metric values to a run')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Print every logged value of one metric')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print a run''s latest metrics')
            [CompletionResult]::new('plot', 'plot', [CompletionResultType]::ParameterValue, 'Draw a chart of metric histories')
            break
        }
        'mlf;help;metrics;log' {
            break
        }
        'mlf;help;metrics;history' {
            break
        }
        'mlf;help;metrics;list' {
            break
        }
        'mlf;help;metrics;plot' {
            break
        }
        'mlf;help;params' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log parameters of a run or a logged model')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Print a run''s params')
            break
        }
        'mlf;help;params;log' {
            break
        }
        'mlf;help;params;list' {
            break
        }
        'mlf;help;tags' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set tags on a run, an experiment or a logged model')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags of a run, an experiment or a logged model')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tags of a run, an experiment or a logged model')
            break
        }
        'mlf;help;tags;set' {
            break
        }
        'mlf;help;tags;delete' {
            break
        }
        'mlf;help;tags;list' {
            break
        }
        'mlf;help;artifacts' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Upload files or whole folders to a run')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a run''s (or a logged model''s) artifacts')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file or a folder and print its local path')
            [CompletionResult]::new('uri', 'uri', [CompletionResultType]::ParameterValue, 'Print the artifact URI of a run (or of a path inside it)')
            break
        }
        'mlf;help;artifacts;log' {
            break
        }
        'mlf;help;artifacts;list' {
            break
        }
        'mlf;help;artifacts;download' {
            break
        }
        'mlf;help;artifacts;uri' {
            break
        }
        'mlf;help;registry' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a model version and print its number')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a registered model: its tags, aliases and latest versions')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search registered models')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List the versions of a registered model (search_model_versions)')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Point aliases at versions, or remove them')
            [CompletionResult]::new('tags', 'tags', [CompletionResultType]::ParameterValue, 'Set or delete tags of registered models and versions')
            break
        }
        'mlf;help;registry;register' {
            break
        }
        'mlf;help;registry;get' {
            break
        }
        'mlf;help;registry;search' {
            break
        }
        'mlf;help;registry;versions' {
            break
        }
        'mlf;help;registry;alias' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Point an alias (champion, staging, …) at a version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an alias (a missing one is no error)')
            break
        }
        'mlf;help;registry;alias;set' {
            break
        }
        'mlf;help;registry;alias;delete' {
            break
        }
        'mlf;help;registry;tags' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set tags of a registered model, or of one version with --version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tags of a registered model, or of one version with --version')
            break
        }
        'mlf;help;registry;tags;set' {
            break
        }
        'mlf;help;registry;tags;delete' {
            break
        }
        'mlf;help;models' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a logged model (PENDING) and print its id')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a logged model: info, params, metrics and tags')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search logged models with MLflow''s logged-model filter syntax')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Set a logged model''s final status (READY or FAILED)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a logged model (soft delete, as MLflow; asks on a terminal)')
            break
        }
        'mlf;help;models;create' {
            break
        }
        'mlf;help;models;get' {
            break
        }
        'mlf;help;models;search' {
            break
        }
        'mlf;help;models;finalize' {
            break
        }
        'mlf;help;models;delete' {
            break
        }
        'mlf;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every effective setting and where it came from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value of a profile in the config file')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token or password for a profile')
            break
        }
        'mlf;help;config;show' {
            break
        }
        'mlf;help;config;set' {
            break
        }
        'mlf;help;config;login' {
            break
        }
        'mlf;help;migrate' {
            break
        }
        'mlf;help;sync' {
            break
        }
        'mlf;help;completions' {
            break
        }
        'mlf;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
