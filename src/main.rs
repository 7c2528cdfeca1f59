//! The atlas's entry point, built by Trunk into `dist/`.

fn main() {
    frontier_atlas::start();
}
