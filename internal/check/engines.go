package check

import (
	"sync"

	"github.com/ggzcheck/ggzcheck"
	"github.com/ggzcheck/ggzcheck/internal/policy"
	"github.com/ggzcheck/ggzcheck/internal/schema"
)

// Engines keeps what New compiles, so that the Checkers of one process
// share it: the embedded schemas and parsed policies once, and the compiled
// policies once per set of user policies (--policy) and config. Compiling
// takes most of the time of checking a few plans; a process that checks
// more than once (the tests run the CLI hundreds of times) pays it once per
// distinct set. The zero value is ready for use and safe for concurrent use.
type Engines struct {
	once     sync.Once
	builtins *builtins
	err      error

	mu       sync.Mutex
	compiled map[string]*policy.Engine
}

// maxEngines bounds the compiled sets one Engines keeps; beyond it all are
// dropped and compiled again when needed, so a long-lived process meeting
// ever new policies keeps bounded memory.
const maxEngines = 32

// builtins is what every Checker shares whatever its options.
type builtins struct {
	plan, config, registry, answers *schema.Validator
	// bundle is the embedded policies and data; New compiles a Copy.
	bundle *policy.Bundle
	digest string // PolicyDigest
}

// loadBuiltins compiles the schemas while the policies are parsed: the two
// do not depend on each other, and a check of one plan waits for both.
func loadBuiltins() (*builtins, error) {
	var b builtins
	schemas := make(chan error, 1)
	go func() {
		var err error
		for _, s := range []struct {
			v    **schema.Validator
			path string
		}{
			{&b.plan, ggzcheck.SchemaPath},
			{&b.config, ggzcheck.ConfigSchemaPath},
			{&b.registry, ggzcheck.RegistrySchemaPath},
			{&b.answers, ggzcheck.AnswersSchemaPath},
		} {
			if *s.v, err = embeddedSchema(s.path); err != nil {
				break
			}
		}
		schemas <- err
	}()
	var err error
	b.bundle, err = policy.ReadBundle(ggzcheck.Files, ggzcheck.PolicyDir, false)
	if err := <-schemas; err != nil {
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	if b.digest, err = PolicyDigest(); err != nil {
		return nil, err
	}
	return &b, nil
}

// load returns the builtins, read once per Engines; a nil Engines reads
// them anew.
func (e *Engines) load() (*builtins, error) {
	if e == nil {
		return loadBuiltins()
	}
	e.once.Do(func() { e.builtins, e.err = loadBuiltins() })
	return e.builtins, e.err
}

// engine returns the Engine compiled earlier from a bundle with key, or
// compiles one with compile and keeps it. Errors are not kept: a timeout
// or a broken user policy is reported by every run that meets it. A nil
// Engines always compiles.
func (e *Engines) engine(key string, compile func() (*policy.Engine, error)) (*policy.Engine, error) {
	if e == nil {
		return compile()
	}
	e.mu.Lock()
	found, ok := e.compiled[key]
	e.mu.Unlock()
	if ok {
		return found, nil
	}
	// Compiling without the lock lets runs with other policies go ahead;
	// two runs with the same ones may then both compile, and one result is
	// kept.
	compiled, err := compile()
	if err != nil {
		return nil, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if found, ok := e.compiled[key]; ok {
		return found, nil
	}
	if e.compiled == nil || len(e.compiled) >= maxEngines {
		e.compiled = map[string]*policy.Engine{}
	}
	e.compiled[key] = compiled
	return compiled, nil
}
