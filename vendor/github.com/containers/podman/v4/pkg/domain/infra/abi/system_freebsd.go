package abi

// Default path for system runtime state
const defaultRunPath = "/var/run"
