#!/usr/bin/env bash
# Builds the Debian 12 package and the .tar.gz of Astro Counter: installs what is missing, makes a
# Release build in build-pkg/ (prefix /usr) and runs CPack. The packages are left in build-pkg/:
#   build-pkg/astro-counter_VERSION_ARCH.deb    (and astro-server_*.deb once the server exists)
#   build-pkg/astro-counter-VERSION-Linux.tar.gz
# Check the .deb with scripts/check-package.sh; docs/packaging.md says more.
#   ASTRO_PKG_JOBS=N         parallel compile jobs (default: the number of cores)
#   ASTRO_PKG_BUILD=DIR      package an existing build tree (CI reuses the tested build/)
set -euo pipefail
cd "$(dirname "$0")/.."

build="${ASTRO_PKG_BUILD:-build-pkg}"
jobs="${ASTRO_PKG_JOBS:-$(nproc)}"

bash scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"

if [ -n "${ASTRO_PKG_BUILD:-}" ]; then
    # The tree is already configured and built: only the install prefix changes.
    cmake -S . -B "$build" -DCMAKE_INSTALL_PREFIX=/usr
else
    # Warnings are errors in scripts/test.sh; a package build must not fail on a new warning.
    cmake -S . -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX=/usr \
        -DASTRO_WERROR=OFF \
        -DASTRO_SANITIZE=OFF
fi
# Only what the packages hold (installer/CMakeLists.txt): the tests are built by scripts/test.sh.
cmake --build "$build" --parallel "$jobs" --target astro-package-contents

# Packages of an earlier version must not be mistaken for this one's.
rm -f "$build"/*.deb "$build"/*.tar.gz "$build"/*.sha256
(cd "$build" && cpack -G "DEB;TGZ")

echo "Packages:"
ls -l "$build"/*.deb "$build"/*.tar.gz
