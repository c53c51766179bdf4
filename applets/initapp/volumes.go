package initapp

import (
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/volumes"
)

// volumeHooks runs the container_start / container_end transfers around
// each container of the pipeline.
type volumeHooks struct{ m *volumes.Manager }

func (h volumeHooks) ContainerStart() error { return h.m.Run(volumes.ContainerStart) }
func (h volumeHooks) ContainerEnd() error {
	injectPanic("container_end")
	return h.m.Run(volumes.ContainerEnd)
}

func aliasesOf(cfg *cmdline.Config) []volumes.Alias {
	var out []volumes.Alias
	for _, m := range cfg.Minio {
		out = append(out, volumes.Alias{Name: m.Alias, URL: m.URL, AccessKey: m.AccessKey, SecretKey: m.SecretKey})
	}
	return out
}
