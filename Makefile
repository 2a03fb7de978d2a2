# ggzcheck: see README.md. `make run` checks the example plans; `make test` runs every test.
GO ?= go
BIN := bin/ggzcheck

.PHONY: all build dist dist-check run test vet fmt-check fmt golden docs fuzz bench bench-record bench-check clean

all: build

# The version every report shows: the nearest tag, the commit, and -dirty
# for uncommitted changes; empty without git (then Go's build info counts).
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null)
REVISION ?= $(shell git rev-parse HEAD 2>/dev/null)
LDFLAGS := -X github.com/ggzcheck/ggzcheck/internal/provenance.version=$(VERSION) \
	-X github.com/ggzcheck/ggzcheck/internal/provenance.revision=$(REVISION)

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/ggzcheck

# Release archives in dist/ for every platform below, with SHA256SUMS. The
# same commit built with the same Go version gives the same bytes anywhere:
# -trimpath drops local paths, -buildid= the build's random id, CGO_ENABLED=0
# the host's C toolchain, the pinned GOAMD64/GOARM64 any local tuning, and the
# archives carry the commit's time (see internal/tools/dist).
DIST_PLATFORMS := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
dist:
	rm -rf dist
	@set -e; for p in $(DIST_PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; exe=ggzcheck; \
		if [ "$$os" = windows ]; then exe=ggzcheck.exe; fi; \
		echo "build $$os/$$arch"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch GOAMD64=v1 GOARM64=v8.0 \
			$(GO) build -trimpath -buildvcs=false -ldflags "$(LDFLAGS) -buildid=" \
			-o dist/build/$$os-$$arch/$$exe ./cmd/ggzcheck; \
	done
	$(GO) run ./internal/tools/dist -dir dist -version "$(VERSION)" -time "$(SOURCE_DATE_EPOCH)" README.md LICENSE CHANGELOG.md
	cat dist/SHA256SUMS

# Builds the committed HEAD twice, in two clones at different paths, and
# compares the checksums: the proof that make dist is reproducible.
dist-check:
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; set -e; \
	for d in a b/elders; do \
		git clone -q --no-local . "$$tmp/$$d"; \
		git -C "$$tmp/$$d" checkout -q "$(REVISION)"; \
		$(MAKE) -s -C "$$tmp/$$d" dist VERSION="$(VERSION)" REVISION="$(REVISION)" >/dev/null; \
	done; \
	cmp "$$tmp/a/dist/SHA256SUMS" "$$tmp/b/elders/dist/SHA256SUMS"; \
	cat "$$tmp/a/dist/SHA256SUMS"; echo "make dist is reproducible"

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

# The rule reference and the catalogue `rules` and `explain` read, generated
# from the policies' METADATA; a test fails when either is stale.
docs:
	$(GO) run ./internal/tools/catalogue internal/ruledoc/builtin.json
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
	$(GO) test -run '^$$' -bench . -benchmem -count 5 ./internal/check/ ./internal/policy/

# The quick set (not the 10,000-plan run) that bench-record and bench-check compare.
BENCH_ONCE = $(GO) test -run '^$$' -benchmem -count 1 -bench 'New|File$$|Stage' ./internal/check/ && \
	$(GO) test -run '^$$' -benchmem -count 1 -bench 'CheckPlans/plans=(1|40)$$' ./internal/check/

# Figures for docs/bench/baseline.txt, five runs each.
bench-record:
	(for i in 1 2 3 4 5; do $(BENCH_ONCE); done) | tee docs/bench/baseline.txt

# Side by side on this machine: BENCH_BASE (default the previous commit) is
# checked out in a temporary git worktree, and the two alternate run by run,
# five times each, so load on the machine hits both alike. Fails when a
# median is more than 25% slower than BENCH_BASE's: processor time per plan
# where both report it (it leaves out the waits for a busy core), else ns/op.
BENCH_BASE ?= HEAD~1
bench-check:
	@set -e; base=$$(mktemp -d); old=$$(mktemp); new=$$(mktemp); \
	trap 'git worktree remove --force "$$base"; rm -f "$$old" "$$new"' EXIT; \
	git worktree add --quiet --detach "$$base" $(BENCH_BASE); \
	for i in 1 2 3 4 5; do \
		echo "run $$i of 5: $(BENCH_BASE), then the working tree" >&2; \
		(cd "$$base" && $(BENCH_ONCE)) >>"$$old"; \
		($(BENCH_ONCE)) >>"$$new"; \
	done; \
	$(GO) run ./internal/tools/benchcheck "$$old" <"$$new"

clean:
	rm -rf bin dist
