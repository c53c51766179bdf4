package reports

type ScpReport struct {
	Id string `json:"Id"` //nolint:revive,stylecheck
}
