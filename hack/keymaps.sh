#!/bin/sh
# Compiles a few common console keymaps from Debian's console-data into the
# binary format the init loads (b2c.keymap=NAME). Usage: hack/keymaps.sh OUTDIR
set -eu
out=$1
mkdir -p "$out"
src=/usr/share/keymaps/i386
for m in azerty/fr-latin1:fr azerty/be-latin1:be qwertz/de-latin1:de qwertz/fr_CH-latin1:ch-fr \
	qwertz/sg-latin1:ch-de qwerty/us:us qwerty/uk:uk qwerty/es:es qwerty/it:it \
	qwerty/pt-latin1:pt qwerty/se-latin1:se qwerty/no-latin1:no qwerty/dk-latin1:dk \
	qwerty/fi:fi qwerty/pl:pl dvorak/dvorak:dvorak; do
	file=${m%%:*} name=${m##*:}
	loadkeys -b "$src/$file.kmap.gz" >"$out/$name.bmap"
done
