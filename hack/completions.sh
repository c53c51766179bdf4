#!/bin/sh
# hack/completions.sh B2C OUTDIR: bash, zsh and fish completions
# for podman, mcli and mc, into OUTDIR/{bash,zsh,fish}. Podman's are its
# own (`podman completion SHELL`, run through a link named podman so that
# they complete that name). mc has no script to print: the binary answers
# completion requests itself (bash's `complete -C` protocol, COMP_LINE),
# and its --autocompletion edits the user's rc files. So each shell gets a
# short hook calling mcli (found on PATH: the hooks do not depend on
# PREFIX).
set -eu
b2c=$(readlink -f "$1") out=$2
rm -rf "$out" && mkdir -p "$out/bash" "$out/zsh" "$out/fish" "$out/tmp"
ln -s "$b2c" "$out/tmp/podman"
"$out/tmp/podman" completion bash >"$out/bash/podman"
"$out/tmp/podman" completion zsh >"$out/zsh/_podman"
"$out/tmp/podman" completion fish >"$out/fish/podman.fish"
rm -rf "$out/tmp"
for mc in mcli mc; do
	cat >"$out/bash/$mc" <<-END
	# bash completion for $mc (b2c): the MinIO client answers it itself.
	complete -C mcli $mc
	END
	cat >"$out/zsh/_$mc" <<-END
	#compdef $mc
	# zsh completion for $mc (b2c): the MinIO client answers bash's
	# complete -C protocol; the line up to the cursor goes in COMP_LINE.
	local -a matches
	matches=(\${(f)"\$(COMP_LINE="\${BUFFER[1,CURSOR]}" COMP_POINT=\$CURSOR mcli mcli "\${words[CURRENT]}" "\${words[CURRENT-1]}" 2>/dev/null)"})
	compadd -S '' -- \$matches
	END
	cat >"$out/fish/$mc.fish" <<-END
	# fish completion for $mc (b2c): the MinIO client answers bash's
	# complete -C protocol; the line up to the cursor goes in COMP_LINE.
	complete -c $mc -f -a '(env COMP_LINE=(commandline -cp) mcli mcli 2>/dev/null)'
	END
done
