package abi

const processFileDescriptorsPath = "/dev/fd"
