package abi

const processFileDescriptorsPath = "/proc/self/fd"
