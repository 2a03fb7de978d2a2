package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/ggzcheck/ggzcheck/internal/safefile"

	"github.com/ggzcheck/ggzcheck/internal/provenance"
)

// A user's policies (--policy) come from a pull request as much as a plan
// does. They live in a namespace of their own, data.eigen.<naam>, apart from
// data.ggzcheck where the agreements, their helpers and their data live: the
// boundary is then one ref prefix on each side. A user's package can neither
// redefine nor extend anything under data.ggzcheck, the agreements never read
// data.eigen (TestBuiltinsReadOnlyTheirOwnData), and a user's finding may
// only carry an id from the METADATA of its own package, which starts with
// "eigen-" and so is never a built-in id, today or later.

// Bounds on a user's policy files. Compilation takes no context, and its
// cost follows the shape of a policy more than its size: measured, one body
// of 500 expressions (8 KiB) takes 14 seconds, 1,000 take 2 minutes; 15
// nested comprehensions (300 bytes) take 14 seconds, each level doubling it;
// a chain of 3,500 rules (64 KiB) takes 6.5 seconds. So bytes bound reading
// and memory, the shape bounds keep those blow-ups small (the slowest policy
// found within all of them, 495 rules of 30 expressions in reverse order,
// loads in 2.7 seconds), and New's time bound covers whatever shape is left.
const (
	// MaxUserFileBytes is the largest user policy file read; the largest
	// built-in one has 23 KiB.
	MaxUserFileBytes = 64 << 10
	// MaxUserBytes bounds all user policy files of one run together; the
	// built-in ones have 123 KiB.
	MaxUserBytes = 256 << 10
	// MaxUserFiles bounds the number of user policy files of one run.
	MaxUserFiles = 100
	// MaxUserRules bounds the rules in all user policy files together; the
	// agreements have 134.
	MaxUserRules = 500
	// MaxBodyExpressions bounds the expressions in one body of a user's
	// rule; the agreements use at most 7.
	MaxBodyExpressions = 30
	// MaxNesting bounds how deeply comprehensions and every are nested in a
	// user's rule; the agreements nest 2 deep.
	MaxNesting = 5
	// maxUserEntries bounds what is walked in the --policy directories.
	maxUserEntries = 10000
)

// userRoot is the namespace of user packages: data.eigen.<naam>.
var userRoot = ast.MustParseRef("data.eigen")

// userIDPrefix starts every id a user's rule declares; no built-in id does.
const userIDPrefix = "eigen-"

// userPackageName is the form of <naam> in package eigen.<naam>.
var userPackageName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// UserFile is a policy file a user added with --policy: the --policy
// directory joined with the file's path in it, and its SHA-256.
type UserFile = provenance.File

// userFile is a user's file as read, before New parses it.
type userFile struct {
	UserFile
	dir string // the --policy directory it came from
	src []byte
}

// userModule is what New knows of a user's parsed module.
type userModule struct {
	pkg   string // <naam> of package eigen.<naam>
	dir   string
	order int // position in the order the files were read
}

// AddDir reads the Rego files under dir (on disk): a user's own rules, given
// with --policy. Test files (_test.rego) are skipped. Every file is read with
// safefile, within MaxUserFileBytes and, with the files of earlier calls,
// MaxUserBytes and MaxUserFiles; a symbolic link is followed only to a file
// inside dir. New parses and checks the files.
func (b *Bundle) AddDir(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("de map %s bestaat niet", dir)
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%s is geen map met beleidsregels", dir)
	}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return err
	}
	var files []string
	entries := 0
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if entries++; entries > maxUserEntries {
			return fmt.Errorf("%s bevat meer dan %d bestanden en mappen; zet de eigen beleidsregels in een eigen map", dir, maxUserEntries)
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), ".rego") && !strings.HasSuffix(d.Name(), "_test.rego") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("geen beleidsregels (.rego) gevonden in %s", dir)
	}
	for _, p := range files {
		if err := b.addFile(root, dir, p); err != nil {
			return err
		}
	}
	return nil
}

// addFile reads one user policy file, p under dir (root is dir resolved).
func (b *Bundle) addFile(root, dir, p string) error {
	name := filepath.ToSlash(p)
	if len(b.user) >= MaxUserFiles {
		return fmt.Errorf("meer dan %d bestanden met eigen beleidsregels, de grens", MaxUserFiles)
	}
	if _, dup := b.Modules[name]; dup || slices.ContainsFunc(b.user, func(f userFile) bool { return f.Path == name }) {
		return fmt.Errorf("%s staat er al", name)
	}
	// Resolving every file, not only those that are links, also catches a
	// link among the directories walked.
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if rel, err := filepath.Rel(root, target); err != nil || !filepath.IsLocal(rel) {
		return fmt.Errorf("%s is een symbolische koppeling naar %s, buiten %s; ggzcheck volgt een koppeling alleen binnen de map met beleidsregels", name, target, dir)
	}
	src, err := safefile.Read(target, MaxUserFileBytes)
	var notRegular *safefile.NotRegularError
	var tooLarge *safefile.TooLargeError
	switch {
	case errors.As(err, &notRegular):
		notRegular.Path = name
		return notRegular
	case errors.As(err, &tooLarge):
		return fmt.Errorf("%s is groter dan %s, de grens voor één bestand met eigen beleidsregels", name, safefile.Size(MaxUserFileBytes))
	case err != nil:
		return err
	}
	total := len(src)
	for _, f := range b.user {
		total += len(f.src)
	}
	if total > MaxUserBytes {
		return fmt.Errorf("%s: de eigen beleidsregels zijn samen groter dan %s, de grens voor alle --policy-mappen samen", name, safefile.Size(MaxUserBytes))
	}
	b.user = append(b.user, userFile{UserFile: UserFile{Path: name, SHA256: provenance.Digest(src)}, dir: dir, src: src})
	return nil
}

// UserFiles returns the files added with AddDir, by path.
func (b *Bundle) UserFiles() []UserFile {
	out := make([]UserFile, 0, len(b.user))
	for _, f := range b.user {
		out = append(out, f.UserFile)
	}
	slices.SortFunc(out, func(a, b UserFile) int { return strings.Compare(a.Path, b.Path) })
	return out
}

// Copy returns a bundle with b's modules and data and no user files, for
// one run to add its own to. Neither bundle changes the other: New copies the
// modules it compiles, and the data is replaced, never changed in place
// (config.Apply).
func (b *Bundle) Copy() *Bundle {
	return &Bundle{Modules: maps.Clone(b.Modules), Data: b.Data}
}

// Key identifies what a copy of one bundle adds to it: the user's files
// (directory, path and content) and the data. Two copies with the same key
// compile to the same Engine.
func (b *Bundle) Key() (string, error) {
	data, err := json.Marshal(b.Data) // map keys sorted: the same data, the same bytes
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, f := range b.user {
		fmt.Fprintf(h, "%q %q %s\n", f.dir, f.Path, f.SHA256)
	}
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil)), nil
}

// parseUser parses the user's files into modules and checks that each stays
// in a package eigen.<naam> of its own --policy directory.
func (b *Bundle) parseUser(modules map[string]*ast.Module) (map[string]userModule, error) {
	users := map[string]userModule{}
	dirOf := map[string]string{} // <naam> -> the first file declaring it
	rules := 0
	var problems []string
	for i, f := range b.user {
		m, err := parse(f.Path, f.src)
		if err != nil {
			return nil, err
		}
		if rules += len(m.Rules); rules > MaxUserRules {
			return nil, fmt.Errorf("%s: de eigen beleidsregels hebben samen meer dan %d regels, de grens", f.Path, MaxUserRules)
		}
		at := fmt.Sprintf("%s:%d", f.Path, m.Package.Location.Row)
		naam, problem := userPackage(m.Package.Path)
		if problem != "" {
			problems = append(problems, at+": "+problem)
			continue
		}
		if first, ok := dirOf[naam]; ok && users[first].dir != f.dir {
			problems = append(problems, fmt.Sprintf("%s: package eigen.%s staat ook in %s; een eigen package hoort bij één --policy-map, zodat de ene map de regels van de andere niet kan aanvullen", at, naam, first))
			continue
		}
		if _, ok := dirOf[naam]; !ok {
			dirOf[naam] = f.Path
		}
		modules[f.Path] = m
		users[f.Path] = userModule{pkg: naam, dir: f.dir, order: i}
	}
	if len(problems) > 0 {
		return nil, listed("eigen beleidsregels buiten hun eigen package", problems)
	}
	return users, nil
}

// userPackage returns <naam> of a package path data.eigen.<naam>, or what is
// wrong with it. Paths are compared as refs, term by term, so that
// ggzcheck["afspraken"] is ggzcheck.afspraken.
func userPackage(p ast.Ref) (string, string) {
	shown := strings.TrimPrefix(p.String(), "data.")
	if len(p) > 1 && p[1].Equal(ast.StringTerm("ggzcheck")) {
		return "", fmt.Sprintf("package %s hoort bij de ingebouwde afspraken en hun gegevens; eigen beleidsregels mogen die niet wijzigen of aanvullen. Zet ze in een eigen package: package eigen.<naam>", shown)
	}
	naam, _ := valueAt(p, 2).(ast.String)
	if len(p) != 3 || !p.HasPrefix(userRoot) || !userPackageName.MatchString(string(naam)) {
		return "", fmt.Sprintf("package %s: eigen beleidsregels staan in package eigen.<naam>, met een naam van kleine letters, cijfers en _ (bijvoorbeeld package eigen.vaststelling)", shown)
	}
	return string(naam), ""
}

func valueAt(r ast.Ref, i int) ast.Value {
	if i < len(r) {
		return r[i].Value
	}
	return ast.Null{}
}

// userOrder returns the user's module names in the order they were read.
func userOrder(users map[string]userModule) []string {
	names := make([]string, 0, len(users))
	for name := range users {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int { return users[a].order - users[b].order })
	return names
}

func idPrefixRule(isUser bool) string {
	if isUser {
		return "een eigen regel krijgt een id dat met '" + userIDPrefix + "' begint, zodat het nooit een ingebouwde regel is of wordt"
	}
	return "'" + userIDPrefix + "' is voor de ids van eigen regels (--policy)"
}

// checkModules checks the parsed modules before they are compiled: a user's
// findings name only the package's own ids, and calls of a builtin with a
// condition (capabilities.go) meet it.
func checkModules(modules map[string]*ast.Module, users map[string]userModule, c cat) error {
	var problems []string
	for _, name := range slices.Sorted(maps.Keys(modules)) {
		m := modules[name]
		problems = append(problems, checkCalls(m)...)
		if u, ok := users[name]; ok {
			problems = append(problems, checkShape(m)...)
			problems = append(problems, checkLiteralIDs(m, c.own[u.pkg])...)
		}
	}
	if len(problems) > 0 {
		return listed("beleidsregels compileren", problems)
	}
	return nil
}

// checkLiteralIDs refuses a finding written out in a user's module with an
// id its package does not declare, at the place it is written. An id built
// at run time is checked when the plan is evaluated (Engine.finding).
func checkLiteralIDs(m *ast.Module, own map[string]bool) []string {
	var problems []string
	ast.WalkTerms(m, func(t *ast.Term) bool {
		obj, ok := t.Value.(ast.Object)
		if !ok {
			return false
		}
		v := obj.Get(ast.StringTerm("regel"))
		if v == nil {
			return false
		}
		if id, ok := v.Value.(ast.String); ok && !own[string(id)] {
			problems = append(problems, fmt.Sprintf("%sregel-id %q staat niet in de METADATA van dit package; een eigen regel meldt alleen zijn eigen ids (%s...)", where(t.Location), string(id), userIDPrefix))
		}
		return false
	})
	return problems
}

// checkCalls checks each call of a builtin that is allowed on a condition.
// Builtins are never values in Rego, so their calls are all there is.
func checkCalls(m *ast.Module) []string {
	var problems []string
	check := func(loc *ast.Location, op *ast.Term, args []*ast.Term) {
		name := op.String()
		cond, ok := conditions[name]
		if !ok {
			return
		}
		// time.parse_ns(layout, value): a zone abbreviation in the layout is
		// resolved against the machine's local zone.
		if len(args) > 0 {
			if layout, ok := args[0].Value.(ast.String); ok && !strings.Contains(string(layout), "MST") {
				return
			}
		}
		problems = append(problems, fmt.Sprintf("%s%s is hier niet toegestaan: %s", where(loc), name, cond))
	}
	ast.WalkExprs(m, func(e *ast.Expr) bool {
		if e.IsCall() {
			check(e.Location, e.OperatorTerm(), e.Operands())
		}
		return false
	})
	ast.WalkTerms(m, func(t *ast.Term) bool {
		if call, ok := t.Value.(ast.Call); ok && len(call) > 0 {
			check(t.Location, call[0], call[1:])
		}
		return false
	})
	return problems
}

// checkWith refuses a `with` in a user's module that replaces anything but
// the input or the package's own rules. It runs on the compiled modules,
// where imports are resolved. Such a `with` could not change the verdict
// of the agreements (it holds only within the user's own rule); it is
// refused so that what a user policy may do stays simple to say.
func checkWith(c *ast.Compiler, users map[string]userModule) error {
	var problems []string
	for _, name := range userOrder(users) {
		own := append(userRoot.Copy(), ast.StringTerm(users[name].pkg))
		ast.WalkExprs(c.Modules[name], func(e *ast.Expr) bool {
			for _, w := range e.With {
				target, _ := w.Target.Value.(ast.Ref)
				if !target.HasPrefix(ast.InputRootRef) && !target.HasPrefix(own) {
					problems = append(problems, fmt.Sprintf("%s'with %s' is niet toegestaan: een eigen beleidsregel vervangt met 'with' alleen input of zijn eigen regels (%s)", where(w.Location), w.Target, strings.TrimPrefix(own.String(), "data.")))
				}
			}
			return false
		})
	}
	if len(problems) > 0 {
		return listed("beleidsregels compileren", problems)
	}
	return nil
}

// checkShape refuses the shapes that make OPA's compiler take exponential
// or polynomial time: long bodies and deeply nested comprehensions.
func checkShape(m *ast.Module) []string {
	var problems []string
	ast.WalkBodies(m, func(body ast.Body) bool {
		if len(body) > MaxBodyExpressions {
			problems = append(problems, fmt.Sprintf("%seen regel met %d uitdrukkingen; de grens is %d: splits haar in kleinere regels", where(body.Loc()), len(body), MaxBodyExpressions))
		}
		return false
	})
	var nest func(x any, depth int)
	nest = func(x any, depth int) {
		ast.WalkClosures(x, func(c any) bool {
			var body ast.Body
			switch c := c.(type) {
			case *ast.ArrayComprehension:
				body = c.Body
			case *ast.SetComprehension:
				body = c.Body
			case *ast.ObjectComprehension:
				body = c.Body
			case *ast.Every:
				body = c.Body
			default:
				return false
			}
			if depth == MaxNesting {
				problems = append(problems, fmt.Sprintf("%smeer dan %d comprehensions of every in elkaar, de grens: gebruik hulpregels", where(body.Loc()), MaxNesting))
			} else {
				nest(body, depth+1)
			}
			return true // nest walked the body, or it is too deep to
		})
	}
	nest(m, 0)
	return problems
}
