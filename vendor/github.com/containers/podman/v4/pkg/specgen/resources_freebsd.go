package specgen

import (
	"github.com/containers/common/pkg/config"
)

func (s *SpecGenerator) InitResourceLimits(rtc *config.Config) {
}
