# Thin front for CMake. `make test` and `make run` work from a fresh clone: they install
# missing host tools (scripts/bootstrap.sh), configure, build, then test or boot.
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CTEST_FLAGS ?= --output-on-failure -j$(JOBS)

.PHONY: all bootstrap build test test-asan run bench fuzz clean

all: build

bootstrap:
	@scripts/bootstrap.sh

$(BUILD)/CMakeCache.txt: | bootstrap
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: bootstrap $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

test: build
	cd $(BUILD) && ctest $(CTEST_FLAGS)

# The same tests with AddressSanitizer and UBSan in the host tools.
test-asan: bootstrap
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQPU_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j$(JOBS)
	cd $(ASAN_BUILD) && ctest $(CTEST_FLAGS)

# Boots the kernel on the default disk image.
run: build
	@if [ ! -f $(BUILD)/kernel/kernel.qbin ]; then \
	    echo "make run: the kernel is not built yet (issue 8); nothing to boot" >&2; exit 1; fi
	$(BUILD)/qvm/qvm $(BUILD)/kernel/kernel.qbin --disk $(BUILD)/image/disk.qfs

bench: build
	@for b in bench/*.sh; do [ -x "$$b" ] && BUILD=$(BUILD) "$$b"; done; true

# Fuzzing campaign: every host tool for FUZZ_SECONDS each (clang + libFuzzer, ASan+UBSan;
# docs/fuzzing.md). One target: scripts/fuzz.sh TARGET SECONDS.
FUZZ_SECONDS ?= 600
fuzz:
	scripts/fuzz.sh all $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
