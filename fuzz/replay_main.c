/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Replay driver: runs a fuzz target over files and directories of inputs,
 * with no fuzzer, so a crasher found anywhere reproduces anywhere.
 * --rows (decode targets): then prints how many inputs each catalog row
 * decoded, and fails (exit 1) when a row with a layout was never decoded. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz_target.h"

static unsigned long runs;

#ifdef FUZZ_REACH
/* The target's report of what the inputs reached: 0 if all it wants. */
int fuzz_reach_report(void);
#endif

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	long n;

	if (!f) {
		fprintf(stderr, "replay: cannot open '%s'\n", path);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n > 0 ? (size_t)n : 1);
	if (!buf || (n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n)) {
		fprintf(stderr, "replay: cannot read '%s'\n", path);
		fclose(f);
		free(buf);
		return 1;
	}
	fclose(f);
	LLVMFuzzerTestOneInput(buf, (size_t)n);
	free(buf);
	runs++;
	return 0;
}

static int run_path(const char *path)
{
	struct stat st;
	if (stat(path, &st)) {
		fprintf(stderr, "replay: no such file or directory '%s'\n", path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path);
	DIR *d = opendir(path);
	struct dirent *e;
	int rc = 0;
	if (!d)
		return 1;
	while ((e = readdir(d)) != NULL) {
		char sub[4096];
		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		rc |= run_path(sub);
	}
	closedir(d);
	return rc;
}

int main(int argc, char **argv)
{
	int rc = 0, rows = argc > 1 && strcmp(argv[1], "--rows") == 0;
	if (argc < 2 + rows) {
		fprintf(stderr, "usage: %s [--rows] <file|dir>...\n", argv[0]);
		return 2;
	}
	if (rows && !fuzz_rows_report) {
		fprintf(stderr, "replay: --rows: target %s has no per-row report\n", argv[0]);
		return 2;
	}
	for (int i = 1 + rows; i < argc; i++)
		rc |= run_path(argv[i]);
	printf("replay: %lu inputs, no crash\n", runs);
	if (rc)
		return 2;
#ifdef FUZZ_REACH
	if (fuzz_reach_report())
		return 1;
#endif
	return rows ? fuzz_rows_report() : 0;
}
