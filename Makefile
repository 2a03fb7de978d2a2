# ggzcheck: see README.md. `make run` checks the example plans; `make test` runs every test.
GO ?= go
BIN := bin/ggzcheck

.PHONY: all build run test vet fmt-check fmt golden docs fuzz bench bench-record bench-check clean

all: build

# The version every report shows: the nearest tag, the commit, and -dirty
# for uncommitted changes; empty without git (then Go's build info counts).
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null)
REVISION ?= $(shell git rev-parse HEAD 2>/dev/null)
LDFLAGS := -X github.com/ggzcheck/ggzcheck/internal/provenance.version=$(VERSION) \
	-X github.com/ggzcheck/ggzcheck/internal/provenance.revision=$(REVISION)

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/ggzcheck

# Check the example plans in regions/.
run: build
	./$(BIN) check regions/

# Every test: formatting, vet, the Go tests with the race detector, then the
# Rego tests without it (one goroutine each, nothing for the detector to find,
# 25 times slower under it; internal/policy/rego_norace_test.go).
test: fmt-check vet
	$(GO) test -race -count=1 ./...
	$(GO) test -count=1 -run '^TestRegoUnitTests$$' ./internal/policy/

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

fmt:
	gofmt -w $$(git ls-files '*.go')

# Rewrite the golden files after a deliberate change in output; review the diff.
golden:
	$(GO) test . -update

# The rule reference, generated from the policies' METADATA; a test fails when it is stale.
docs:
	$(GO) run ./cmd/ggzcheck rules --format markdown > docs/rules.md

# Fuzz every stage for FUZZTIME each (not part of `make test`, which runs the seeds):
# the YAML loader, pointer-to-position mapping, the schema step, and the whole check.
# Minimising is capped: the fuzzer's default spends up to a minute per new input.
FUZZTIME ?= 60s
FUZZ = $(GO) test -run '^$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 50x
fuzz:
	$(FUZZ) -fuzz '^FuzzLoad$$' ./internal/plan/
	$(FUZZ) -fuzz '^FuzzPointer$$' ./internal/plan/
	$(FUZZ) -fuzz '^FuzzValidate$$' ./internal/schema/
	$(FUZZ) -fuzz '^FuzzFile$$' ./internal/check/

# Benchmarks of start-up and of checking one plan.
# Benchmarks: every stage, and the whole check of 1, 40 and 10,000 plans.
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count 5 ./internal/check/

# The quick set (not the 10,000-plan run) that bench-record and bench-check compare.
BENCH_QUICK = $(GO) test -run '^$$' -benchmem -count 5 -bench 'New|File$$|Stage' ./internal/check/ && \
	$(GO) test -run '^$$' -benchmem -count 5 -bench 'CheckPlans/plans=(1|40)$$' ./internal/check/

bench-record:
	($(BENCH_QUICK)) | tee docs/bench/baseline.txt

# Fails when a median is more than 25% slower than docs/bench/baseline.txt.
bench-check:
	($(BENCH_QUICK)) | tee /dev/stderr | $(GO) run ./internal/tools/benchcheck docs/bench/baseline.txt

clean:
	rm -rf bin
