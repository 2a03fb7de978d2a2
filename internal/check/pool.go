package check

import (
	"context"
	"sync"
)

// concurrently runs check on every item with at most workers at a time and
// returns the results in item order, without those check skipped.
//
// After a failure no new file is started, but files already started finish
// with the parent context: every file before a failing one has then been
// checked, so the error returned, that of the first failing file in file
// order, is the same on every run.
func concurrently[T any](ctx context.Context, workers int, files []T, check func(context.Context, T) (Result, bool, error)) ([]Result, error) {
	type outcome struct {
		res  Result
		kept bool
		err  error
	}
	outcomes := make([]outcome, len(files))
	stop, failed := context.WithCancel(ctx)
	defer failed()
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(files)) {
		wg.Go(func() {
			for i := range next {
				res, kept, err := check(ctx, files[i])
				outcomes[i] = outcome{res, kept, err}
				if err != nil {
					failed()
				}
			}
		})
	}
feed:
	for i := range files {
		select {
		case next <- i:
		case <-stop.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	results := make([]Result, 0, len(files))
	for _, o := range outcomes {
		if o.err != nil {
			return nil, o.err
		}
		if o.kept {
			results = append(results, o.res)
		}
	}
	return results, nil
}
