package entities

type HealthCheckOptions struct{}
