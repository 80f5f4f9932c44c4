#!/usr/bin/env bash
# Installs the Debian packages Callboard needs when they are missing.
#   runtime: espeak-ng (spoken calls). Without it the server still runs, with visual calls only.
#   test:    espeak-ng, sox and chromium (the tests drive a real browser and a real speech engine).
# Needs root (or passwordless sudo) and apt-get; a test run fails loudly when it cannot install.
set -euo pipefail
mode="${1:-runtime}"
case "$mode" in
  runtime) needed=(espeak-ng:espeak-ng) ;;
  test) needed=(espeak-ng:espeak-ng sox:sox chromium:chromium fonts-dejavu-core:/usr/share/fonts/truetype/dejavu fonts-noto-core:/usr/share/fonts/truetype/noto) ;;
  *) echo "usage: $0 runtime|test" >&2; exit 2 ;;
esac

missing=()
for entry in "${needed[@]}"; do
  pkg="${entry%%:*}"; probe="${entry#*:}"
  if [[ "$probe" == /* ]]; then [[ -e "$probe" ]] || missing+=("$pkg")
  else command -v "$probe" >/dev/null 2>&1 || missing+=("$pkg"); fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "callboard: installing system packages: ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo -n); fi
fi
install() {
  command -v apt-get >/dev/null 2>&1 || { echo "callboard: apt-get not found; install ${missing[*]} by hand" >&2; return 1; }
  "${sudo_cmd[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
if ! install; then
  if [[ "$mode" == runtime ]]; then
    echo "callboard: WARNING: could not install ${missing[*]}; calls will be shown but not spoken" >&2
    exit 0
  fi
  echo "callboard: could not install ${missing[*]}, which the tests need" >&2
  exit 1
fi
