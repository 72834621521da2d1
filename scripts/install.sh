#!/usr/bin/env bash
# Install what Gongkai needs on Debian 12 (bookworm): system packages, then a virtualenv in .venv.
#   scripts/install.sh demo   the platform (PDF fonts and libraries)
#   scripts/install.sh test   plus Chromium, LibreOffice Writer, poppler and PostgreSQL for the tests
# System packages need root (apt-get); it says what is missing otherwise. Re-running is cheap.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-test}

demo_packages=(python3-venv fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils)
test_packages=(chromium libreoffice-writer-nogui postgresql)
packages=("${demo_packages[@]}")
[ "$profile" = test ] && packages+=("${test_packages[@]}")

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# python3-venv is only needed when this Python has no ensurepip (Debian's own python3).
if [ ${#missing[@]} -gt 0 ] && python3 -c "import ensurepip" 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
  read -r -a missing <<< "${missing[*]}"
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "需要以 root 身份安装系统软件包: ${missing[*]}" >&2
    echo "请以 root 运行本命令，或先执行: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "安装系统软件包: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "需要 Python 3.11 或更高版本（当前: $("$python" --version 2>&1)）" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv

# Reinstall only when the dependency list changed.
extras=$([ "$profile" = test ] && echo "[test]" || echo "")
stamp=".venv/.installed-$profile"
digest=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ]; then
  echo "安装 Python 依赖（.venv）…"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extras"
  echo "$digest" > "$stamp"
fi
