// Package clock sets the system time by NTP (b2c.ntp_peer): machines
// without a battery-backed clock boot in 1970, and TLS to registries and S3
// then fails on certificate dates.
package clock

import (
	"fmt"
	"strings"
	"time"

	"github.com/u-root/u-root/pkg/ntpdate"
)

// AutoPool is the public pool b2c.ntp_peer=auto asks.
const AutoPool = "pool.ntp.org"

// Servers returns the NTP servers for a b2c.ntp_peer value; none for
// "none" or an empty value.
func Servers(peer string) []string {
	switch p := strings.TrimSpace(peer); p {
	case "", "none":
		return nil
	case "auto":
		return []string{AutoPool}
	default:
		return []string{p}
	}
}

// Sync sets the clock from the first server that answers, trying up to
// tries times (each query times out after 5 s).
func Sync(servers []string, tries int) (server string, offset time.Duration, err error) {
	for i := 0; i < tries; i++ {
		var secs float64
		server, secs, err = ntpdate.SetTime(servers, "", "", false)
		if err == nil {
			return server, time.Duration(secs * float64(time.Second)), nil
		}
	}
	return "", 0, fmt.Errorf("no answer from %s after %d tries: %w", strings.Join(servers, ", "), tries, err)
}
