package zram

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/b2c-project/b2c/applets/initapp/storage"
)

// MemTotal is the RAM the kernel manages, from /proc/meminfo.
func MemTotal() (int64, error) {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if f := strings.Fields(s.Text()); len(f) >= 2 && f[0] == "MemTotal:" {
			kb, err := strconv.ParseInt(f[1], 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no MemTotal in /proc/meminfo")
}

// Enable makes Device a swap of size bytes (uncompressed) and turns it on,
// preferred to any swap file. The zram module must be loaded.
func Enable(size int64) error {
	const sys = "/sys/block/zram0/"
	if err := os.WriteFile(sys+"disksize", []byte(strconv.FormatInt(size, 10)), 0); err != nil {
		return fmt.Errorf("setting the size of %s: %w", Device, err)
	}
	h, err := storage.SwapHeader(size, os.Getpagesize())
	if err != nil {
		return err
	}
	f, err := os.OpenFile(Device, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteAt(h, 0)
	if err == nil {
		err = f.Sync()
	}
	if e := f.Close(); err == nil {
		err = e
	}
	if err != nil {
		return fmt.Errorf("writing the swap header of %s: %w", Device, err)
	}
	const prefer, prio = 0x8000, 32767 // SWAP_FLAG_PREFER, the highest
	if err := storage.SwapOn(Device, prefer|prio); err != nil {
		return fmt.Errorf("swapon %s: %w", Device, err)
	}
	return nil
}

// Tune writes the settings a zram swap wants (Sysctls of the command
// line's words), once the swap is on.
func Tune(words []string) error {
	for _, s := range Sysctls(words) {
		path := "/proc/sys/" + strings.ReplaceAll(s.Name, ".", "/")
		if err := os.WriteFile(path, []byte(s.Value), 0); err != nil {
			return fmt.Errorf("%s=%s: %w", s.Name, s.Value, err)
		}
	}
	return nil
}
