package watchdog

import "time"

// Keeper decides when PID 1 feeds the watchdog; it does no I/O, so that
// the policy is tested without a device.
//
// While the worker runs, the watchdog is fed only if a beat came within
// half the timeout: past that the worker is taken as wedged, the feeding
// stops and the hardware resets the machine a timeout later. Once the
// worker is gone (or PID 1 is taking the machine down itself), PID 1
// feeds it on its own until the end.
type Keeper struct {
	timeout  time.Duration
	lastBeat time.Time
	selfFeed bool
	starved  bool
}

// Arm starts keeping a watchdog whose timeout is in force from now.
func (k *Keeper) Arm(timeout time.Duration, now time.Time) {
	k.timeout, k.lastBeat, k.starved = timeout, now, false
}

// Beat records a beat from the worker.
func (k *Keeper) Beat(now time.Time) { k.lastBeat = now }

// SelfFeed makes PID 1 feed the watchdog without beats from now on.
func (k *Keeper) SelfFeed() { k.selfFeed = true }

// Tick says whether to feed the watchdog now (PID 1 ticks every second);
// starved is true the first time the worker is found wedged (for one line
// on the console).
func (k *Keeper) Tick(now time.Time) (feed, starved bool) {
	if k.timeout <= 0 {
		return false, false
	}
	if k.selfFeed || now.Sub(k.lastBeat) <= k.timeout/2 {
		k.starved = false
		return true, false
	}
	if k.starved {
		return false, false
	}
	k.starved = true
	return false, true
}

// Silence is how long the worker has not beaten.
func (k *Keeper) Silence(now time.Time) time.Duration { return now.Sub(k.lastBeat) }
