# Shortcuts for the scripts the README documents.
.PHONY: run test demo deb
run:
	scripts/run.sh
test:
	scripts/test.sh
demo:
	cargo run -q -p bienban-core --release --bin bienban -- demo --out out/demo
deb:
	scripts/setup.sh desktop
	ui/node_modules/.bin/tauri build --bundles deb -- -p bienban-desktop
