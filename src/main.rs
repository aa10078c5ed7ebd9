//! get-ai-gateway: deploy and administer the Higress AI Gateway on a machine with Docker.

fn main() {
    std::process::exit(get_ai_gateway::app::run());
}
