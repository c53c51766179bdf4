package watchdog

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestKeeperFeedsWhileBeating(t *testing.T) {
	var k Keeper
	t0 := time.Unix(1000, 0)
	if feed, _ := k.Tick(t0); feed {
		t.Fatal("fed a watchdog that was never armed")
	}
	k.Arm(20*time.Second, t0)
	for i := 1; i <= 30; i++ {
		now := t0.Add(time.Duration(i) * time.Second)
		if i%2 == 0 {
			k.Beat(now)
		}
		if feed, starved := k.Tick(now); !feed || starved {
			t.Fatalf("at %d s with beats every 2 s: feed %v, starved %v", i, feed, starved)
		}
	}
}

func TestKeeperStarvesOnceThenRecovers(t *testing.T) {
	var k Keeper
	t0 := time.Unix(1000, 0)
	k.Arm(20*time.Second, t0)
	if feed, _ := k.Tick(t0.Add(10 * time.Second)); !feed {
		t.Fatal("not fed at half the timeout")
	}
	feed, starved := k.Tick(t0.Add(11 * time.Second))
	if feed || !starved {
		t.Fatalf("past half the timeout without a beat: feed %v, starved %v; want false, true", feed, starved)
	}
	if feed, starved := k.Tick(t0.Add(12 * time.Second)); feed || starved {
		t.Fatalf("still silent: feed %v, starved %v; want false, false (one line)", feed, starved)
	}
	if got := k.Silence(t0.Add(12 * time.Second)); got != 12*time.Second {
		t.Fatalf("silence %v, want 12s", got)
	}
	k.Beat(t0.Add(13 * time.Second))
	if feed, starved := k.Tick(t0.Add(13 * time.Second)); !feed || starved {
		t.Fatalf("after a beat again: feed %v, starved %v", feed, starved)
	}
}

func TestKeeperSelfFeed(t *testing.T) {
	var k Keeper
	t0 := time.Unix(1000, 0)
	k.Arm(20*time.Second, t0)
	k.SelfFeed()
	if feed, starved := k.Tick(t0.Add(time.Hour)); !feed || starved {
		t.Fatalf("self-feeding, an hour without beats: feed %v, starved %v", feed, starved)
	}
}

func TestMessages(t *testing.T) {
	var buf bytes.Buffer
	b := NewBeater(&buf)
	b.SetTimeout(45 * time.Second)
	b.Beat()
	buf.WriteString("something newer 1 2\n")
	b.SetTimeout(0)
	events := make(chan Event, 10)
	Read(strings.NewReader(buf.String()), events)
	want := []Event{{Timeout: 45 * time.Second}, {IsBeat: true}, {Timeout: 0}, {Gone: true}}
	for i, w := range want {
		if got := <-events; got != w {
			t.Fatalf("event %d: %+v, want %+v", i, got, w)
		}
	}
	if len(events) != 0 {
		t.Fatalf("%d events left", len(events))
	}
}
