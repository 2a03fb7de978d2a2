package diff

import (
	"errors"

	"github.com/ggzcheck/ggzcheck/internal/check"
	"github.com/ggzcheck/ggzcheck/internal/plan"
	"github.com/ggzcheck/ggzcheck/internal/safefile"
)

// readInput reads a plan as check does. A file check would refuse (a link out
// of the tree, no regular file) or one over the size limit reads as nothing,
// which the diff shows as unreadable.
func readInput(in check.Input) ([]byte, error) {
	if in.Refused != nil {
		return nil, nil
	}
	data, err := safefile.Read(in.Path, int64(plan.DefaultLimits.MaxBytes))
	var tooLarge *safefile.TooLargeError
	if errors.As(err, &tooLarge) || safefile.IsNotRegular(err) {
		return nil, nil
	}
	return data, err
}
