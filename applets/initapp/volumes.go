package initapp

import (
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
