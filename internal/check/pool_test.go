package check

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"testing"
	"time"
)

func TestConcurrently(t *testing.T) {
	files := make([]string, 200)
	for i := range files {
		files[i] = strconv.Itoa(i)
	}
	// Later files finish first, so order can only come from the pool.
	slow := func(i int) { time.Sleep(time.Duration(len(files)-i) * 20 * time.Microsecond) }
	tests := []struct {
		name    string
		check   func(context.Context, string) (Result, bool, error)
		want    []string
		wantErr string
	}{
		{
			name: "results in file order",
			check: func(_ context.Context, f string) (Result, bool, error) {
				i, _ := strconv.Atoi(f)
				slow(i)
				return Result{File: f}, true, nil
			},
			want: files,
		},
		{
			name: "skipped files left out",
			check: func(_ context.Context, f string) (Result, bool, error) {
				i, _ := strconv.Atoi(f)
				return Result{File: f}, i%2 == 0, nil
			},
			want: func() (even []string) {
				for i := 0; i < len(files); i += 2 {
					even = append(even, files[i])
				}
				return even
			}(),
		},
		{
			// File 150 fails at once; file 40 fails only after a while.
			// The report names file 40 every time.
			name: "first failing file in file order",
			check: func(_ context.Context, f string) (Result, bool, error) {
				switch f {
				case "40":
					time.Sleep(20 * time.Millisecond)
					return Result{}, false, errors.New("fout in 40")
				case "150":
					return Result{}, false, errors.New("fout in 150")
				}
				return Result{File: f}, true, nil
			},
			wantErr: "fout in 40",
		},
	}
	for _, tt := range tests {
		for _, workers := range []int{1, 2, 8} {
			t.Run(fmt.Sprintf("%s/workers=%d", tt.name, workers), func(t *testing.T) {
				got, err := concurrently(context.Background(), workers, files, tt.check)
				if tt.wantErr != "" {
					if err == nil || err.Error() != tt.wantErr {
						t.Fatalf("error %v, want %q", err, tt.wantErr)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				var names []string
				for _, r := range got {
					names = append(names, r.File)
				}
				if !slices.Equal(names, tt.want) {
					t.Errorf("got %v\nwant %v", names, tt.want)
				}
			})
		}
	}
}

func TestConcurrentlyStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := concurrently(ctx, 2, []string{"a", "b", "c", "d"}, func(context.Context, string) (Result, bool, error) {
		return Result{}, true, nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}
