fn main() -> std::process::ExitCode {
    mlf::main()
}
