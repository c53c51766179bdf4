/*
 * libm.so.6 for conmon in b2c's initramfs.
 *
 * Debian's GLib lists libm.so.6 as needed but imports no symbol from it
 * (nm -D --undefined-only libglib-2.0.so.0 against libm's exports; its
 * version needs name libc.so.6 alone), and nothing else in the initramfs
 * loads libm: the real one is about 0.3 MB of the xz'd initramfs. An
 * empty library by that name satisfies the loader.
 */
