#!/usr/bin/env bash
# The steps of the ggzcheck action (action.yml), kept here so that a test can
# run them outside GitHub (action_test.go):
#
#   run.sh install   puts ggzcheck on the PATH: the released binary of
#                    GGZCHECK_VERSION, checked against the release's SHA256SUMS;
#                    else `go install` of that version; or, with GGZCHECK_SOURCE,
#                    a build of that source tree.
#   run.sh check     checks the plans: annotations in the log, the Markdown
#                    report in the job summary, SARIF for code scanning; says
#                    whether code scanning can take the SARIF.
#   run.sh verdict   ends with ggzcheck's exit code (EXITCODE).
#
# Everything comes in through the environment the runner sets (GITHUB_*,
# RUNNER_*) and the GGZCHECK_* variables action.yml fills from its inputs.
# Values from inputs are never evaluated as shell code: lists are split on
# white space with globbing off, and every value is passed as one argument.
set -euo pipefail

module=github.com/ggzcheck/ggzcheck
downloads=${GGZCHECK_DOWNLOAD_URL:-https://github.com/ggzcheck/ggzcheck/releases/download}
work="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/ggzcheck"

# notice and fail write workflow commands; their text is ours, not a plan's.
notice() { echo "::notice title=ggzcheck::$*"; }
fail() {
  echo "::error title=ggzcheck::$*"
  exit 2
}

output() { echo "$1=$2" >>"$GITHUB_OUTPUT"; }

# platform prints the release's name for this runner: <os>-<arch>.
platform() {
  local os arch
  case "${RUNNER_OS:-$(uname -s)}" in
  Linux) os=linux ;;
  macOS | Darwin) os=darwin ;;
  Windows | MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) return 1 ;;
  esac
  case "${RUNNER_ARCH:-$(uname -m)}" in
  X64 | x86_64 | amd64) arch=amd64 ;;
  ARM64 | aarch64 | arm64) arch=arm64 ;;
  *) return 1 ;;
  esac
  echo "$os-$arch"
}

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

# download fetches a URL to a file; it fails quietly, for the fallback.
download() {
  curl --fail --silent --show-error --location --retry 2 --max-time 120 -o "$2" "$1" 2>/dev/null
}

# from_release installs the released binary into $1. It returns 1 when the
# release has no archive for this platform (then go install is tried), and
# stops the action when an archive does not match its checksum: that is
# never a reason to fall back.
from_release() {
  local bin=$1 target name exe sums expected actual dir
  target=$(platform) || return 1
  exe=ggzcheck
  name="ggzcheck-$GGZCHECK_VERSION-$target.tar.gz"
  if [[ $target == windows-* ]]; then
    exe=ggzcheck.exe
    name="ggzcheck-$GGZCHECK_VERSION-$target.zip"
  fi
  sums="$work/SHA256SUMS"
  download "$downloads/$GGZCHECK_VERSION/SHA256SUMS" "$sums" || return 1
  download "$downloads/$GGZCHECK_VERSION/$name" "$work/$name" || return 1
  expected=$(awk -v n="$name" '$2 == n || $2 == "*" n { print $1 }' "$sums")
  [ -n "$expected" ] || fail "SHA256SUMS van $GGZCHECK_VERSION noemt $name niet."
  actual=$(sha256 "$work/$name")
  [ "$expected" = "$actual" ] || fail "$name heeft SHA-256 $actual, maar SHA256SUMS van $GGZCHECK_VERSION zegt $expected: niet geïnstalleerd."
  rm -rf "$work/unpack" && mkdir -p "$work/unpack"
  if [[ $name == *.zip ]]; then
    if command -v unzip >/dev/null 2>&1; then
      unzip -q "$work/$name" -d "$work/unpack"
    else
      7z x -bd -y "-o$work/unpack" "$work/$name" >/dev/null
    fi
  else
    tar -xzf "$work/$name" -C "$work/unpack"
  fi
  dir=${name%.tar.gz}
  dir=${dir%.zip}
  mv "$work/unpack/$dir/$exe" "$bin/$exe"
  chmod +x "$bin/$exe"
  echo "ggzcheck $GGZCHECK_VERSION geïnstalleerd uit de release ($name, SHA-256 klopt)."
}

install() {
  local bin="$work/bin"
  mkdir -p "$bin"
  if [ -n "${GGZCHECK_SOURCE:-}" ]; then
    command -v go >/dev/null 2>&1 || fail "source vraagt Go; zet actions/setup-go vóór deze stap."
    go -C "$GGZCHECK_SOURCE" build -trimpath -o "$bin/" ./cmd/ggzcheck
    echo "ggzcheck gebouwd uit $GGZCHECK_SOURCE."
  else
    # A release tag, branch or commit; it ends up in a URL and a go command.
    [[ ${GGZCHECK_VERSION:-} =~ ^[A-Za-z0-9][A-Za-z0-9._+-]*$ ]] ||
      fail "Geef de versie van ggzcheck op (version: v0.1.0), of gebruik de action met een versie (uses: ggzcheck/ggzcheck@v0.1.0)."
    if ! from_release "$bin"; then
      command -v go >/dev/null 2>&1 ||
        fail "Geen release-binary van ggzcheck $GGZCHECK_VERSION voor dit platform, en geen Go voor go install; zet actions/setup-go vóór deze stap."
      notice "Geen release-binary van $GGZCHECK_VERSION voor dit platform; ggzcheck wordt gebouwd met go install."
      GOBIN="$bin" go install "$module/cmd/ggzcheck@$GGZCHECK_VERSION"
    fi
  fi
  echo "$bin" >>"$GITHUB_PATH"
  "$bin/ggzcheck" version
}

# codeScanning says whether this repository takes SARIF, and why not. A pull
# request from a fork gets a token that cannot write security events; a
# private repository without code scanning answers 403.
codeScanning() {
  local head status
  if [ "${GITHUB_EVENT_NAME:-}" = pull_request ] || [ "${GITHUB_EVENT_NAME:-}" = pull_request_target ]; then
    head=${GGZCHECK_HEAD_REPOSITORY:-}
    if [ -n "$head" ] && [ "$head" != "${GITHUB_REPOSITORY:-}" ]; then
      echo "de pull request komt uit een fork ($head), en die mag geen resultaten naar code scanning sturen"
      return 1
    fi
  fi
  if [ -z "${GGZCHECK_TOKEN:-}" ]; then
    echo "er is geen token"
    return 1
  fi
  # 200: analyses exist; 404: code scanning is on but has none yet.
  status=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 20 \
    -H "Authorization: Bearer $GGZCHECK_TOKEN" -H "Accept: application/vnd.github+json" \
    "${GITHUB_API_URL:-https://api.github.com}/repos/${GITHUB_REPOSITORY:-}/code-scanning/analyses?per_page=1") || status=000
  case "$status" in
  200 | 404) return 0 ;;
  403) echo "code scanning staat niet aan voor deze repository, of de job mist de permissie security-events (HTTP 403)" ;;
  *) echo "de API van code scanning antwoordt niet zoals verwacht (HTTP $status)" ;;
  esac
  return 1
}

check() {
  local -a paths extra args
  local code summary why
  mkdir -p "$work"
  set -f # the action passes globs on as written; ggzcheck expands them
  read -r -d '' -a paths <<<"${GGZCHECK_PATHS:-regions/}" || true
  read -r -d '' -a extra <<<"${GGZCHECK_ARGS:-}" || true
  set +f
  args=(check ${paths[@]+"${paths[@]}"})
  if [ -n "${GGZCHECK_BASE:-}" ]; then
    if ! git cat-file -e "$GGZCHECK_BASE^{commit}" 2>/dev/null; then
      git fetch --quiet --no-tags --depth=1 origin "$GGZCHECK_BASE" 2>/dev/null || true
    fi
    git cat-file -e "$GGZCHECK_BASE^{commit}" 2>/dev/null ||
      fail "De base-revisie $GGZCHECK_BASE ontbreekt in de checkout; gebruik actions/checkout met fetch-depth: 0."
    args+=(--base "$GGZCHECK_BASE")
  fi
  if [ "${GGZCHECK_FAIL_ON_WARNING:-false}" = true ]; then
    args+=(--fail-on-warning)
  fi
  args+=(${extra[@]+"${extra[@]}"}) # bash 3.2 (macOS) calls an empty array unset
  args+=(--format "${GGZCHECK_FORMAT:-github}" --out -
    --format sarif --out "$work/ggzcheck.sarif"
    --format markdown --out "$work/ggzcheck.md")

  code=0
  ggzcheck "${args[@]}" || code=$?
  output exit-code "$code"

  summary="$work/ggzcheck.md"
  if [ -s "$summary" ]; then
    output markdown-file "$summary"
    # A job summary holds at most 1 MiB.
    if [ "$(wc -c <"$summary")" -le 1048576 ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
      cat "$summary" >>"$GITHUB_STEP_SUMMARY"
    elif [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
      echo "Het rapport van ggzcheck is groter dan 1 MiB; zie de annotaties en code scanning." >>"$GITHUB_STEP_SUMMARY"
    fi
  fi

  if [ ! -s "$work/ggzcheck.sarif" ]; then
    output upload-sarif false
    return 0
  fi
  output sarif-file "$work/ggzcheck.sarif"
  case "${GGZCHECK_UPLOAD:-auto}" in
  false) output upload-sarif false ;;
  true) output upload-sarif true ;;
  auto)
    if why=$(codeScanning); then
      output upload-sarif true
    else
      output upload-sarif false
      notice "SARIF niet naar code scanning gestuurd: $why. De annotaties en de samenvatting van de job tonen dezelfde bevindingen; het oordeel verandert niet."
    fi
    ;;
  *) fail "upload-sarif is auto, true of false, niet '$GGZCHECK_UPLOAD'." ;;
  esac
}

verdict() {
  case "${EXITCODE:-}" in
  0) echo "ggzcheck: alle plannen voldoen." ;;
  1) echo "ggzcheck: minstens één plan heeft een fout (exitcode 1)." ;;
  *) echo "ggzcheck kon niet draaien (exitcode ${EXITCODE:-onbekend})." ;;
  esac
  exit "${EXITCODE:-2}"
}

case "${1:-}" in
install) install ;;
check) check ;;
verdict) verdict ;;
*)
  echo "gebruik: run.sh install|check|verdict" >&2
  exit 2
  ;;
esac
