#!/bin/sh
# hack/man.sh SRC.md OUT NAME SECTION [DESCRIPTION]: a man page from
# Markdown with Debian's go-md2man. With DESCRIPTION, SRC is a document of
# docs/ (options.md): it gets a NAME section, and its links to other
# documents become plain text (they do not exist beside a man page). No
# date in the page: the same sources make the same bytes.
set -eu
src=$1 out=$2 name=$3 section=$4 desc=${5:-}
command -v go-md2man >/dev/null || { echo "hack/man.sh: go-md2man missing (hack/deps.sh)" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
{
	printf '%% %s %s\n\n' "$(echo "$name" | tr a-z A-Z)" "$section"
	if [ -n "$desc" ]; then
		printf '# NAME\n\n%s - %s\n\n' "$name" "$desc"
		sed -E 's/\[([^]]*)\]\([^)]*\)/\1/g' "$src"
	else
		cat "$src"
	fi
} | go-md2man |
	# go-md2man leaves a wrapped text line that starts with . or ' as is:
	# roff would read it as a request. \& before it keeps it text.
	sed -E "/^\.(nh|TH|SH|SS|PP|RS|RE|TP|IP|EX|EE|TS|TE|br|sp|nf|fi|B|I|BR|IR|RB|RI|PD|LP|P|HP|UR|UE|ad|na|in|ti|ft|ce|ne|TQ)( |\$)/! s/^([.'])/\\\\\&\1/" >"$out.tmp"
mv "$out.tmp" "$out"
