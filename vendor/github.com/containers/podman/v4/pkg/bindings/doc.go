package bindings

/*
   See https://github.com/containers/podman/blob/main/pkg/bindings/README.md for details.
*/
