# Thin front for CMake. `make test` and `make run` work from a fresh clone: they install
# missing host tools (scripts/bootstrap.sh), configure, build, then test or boot.
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CTEST_FLAGS ?= --output-on-failure -j$(JOBS)

.PHONY: all bootstrap build test test-asan run reset-disk bench fuzz clean

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

# Boots the kernel on the session disk ($(SESSION_DISK)): a copy of the build's image that
# keeps your files between runs; each run first builds only what booting needs (the
# host tools, kernel, programs and image, no tests) and puts changed programs into its
# /bin (image/session_disk.py). `make reset-disk` starts again from a fresh copy.
SESSION_DISK ?= $(BUILD)/session.qfs
RUN_TARGETS = qvm mkqfs kernel disk_image
SESSION = python3 image/session_disk.py $(BUILD)/mkqfs/mkqfs $(BUILD)/image/disk.qfs \
          $(BUILD)/image/root/bin $(SESSION_DISK)

# The build's own progress and errors only: no "Built target" lines for what is up to
# date, no "Entering directory"; the build's status survives the filter.
RUN_BUILD = { MAKEFLAGS=--no-print-directory cmake --build $(BUILD) -j$(JOBS) \
                --target $(RUN_TARGETS) 2>&1; echo $$? > $(BUILD)/.run-build-status; } \
            | grep -v -e '^\[ *[0-9]*%\] Built target' -e '^Consolidate compiler generated'; \
            test "$$(cat $(BUILD)/.run-build-status)" = 0
# Nothing to build when no source file is newer than the last successful run's build
# (found in milliseconds, where asking the build itself takes seconds).
RUN_SOURCES = CMakeLists.txt cmake common qasm qld qvm mkqfs qcc-lite libc kernel bin image
RUN_UP_TO_DATE = test -f $(BUILD)/.run-stamp && test -f $(BUILD)/image/disk.qfs && \
                 test -z "$$(find $(RUN_SOURCES) -newer $(BUILD)/.run-stamp -print -quit)"
RUN_BUILD_IF_NEEDED = $(RUN_UP_TO_DATE) || { touch $(BUILD)/.run-stamp.new && $(RUN_BUILD) && \
                      mv $(BUILD)/.run-stamp.new $(BUILD)/.run-stamp; }

run: $(BUILD)/CMakeCache.txt
	@$(RUN_BUILD_IF_NEEDED)
	@test -f $(BUILD)/kernel/kernel.qbin || { echo "make run: the kernel did not build" >&2; exit 1; }
	@$(SESSION)
	@$(BUILD)/qvm/qvm $(BUILD)/kernel/kernel.qbin --disk $(SESSION_DISK)

reset-disk: $(BUILD)/CMakeCache.txt
	@$(RUN_BUILD_IF_NEEDED)
	@$(SESSION) --reset

bench: build
	@for b in bench/*.sh; do [ -x "$$b" ] && BUILD=$(BUILD) "$$b"; done; true

# Fuzzing campaign: every host tool for FUZZ_SECONDS each (clang + libFuzzer, ASan+UBSan;
# docs/fuzzing.md). One target: scripts/fuzz.sh TARGET SECONDS.
FUZZ_SECONDS ?= 600
fuzz:
	scripts/fuzz.sh all $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
