package types

const ConnectPath = "/connect"
