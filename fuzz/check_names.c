/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* fuzz_check_names DIR...: every input whose file name starts with an
 * opcode ("4000_identify_memdev...") reaches that opcode through the
 * command selector the harnesses use (fuzz_pick), and is long enough for
 * the harness to run it.  Corpora are kept by opcode, so a renumbered
 * catalog must never re-point them; this proves it after every change. */
#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "fuzz_target.h"

static int hexdig(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	return -1;
}

/* The opcode a file name starts with ("4000_..."), or -1. */
static long named_opcode(const char *name)
{
	long op = 0;
	for (int i = 0; i < 4; i++) {
		int h = hexdig(name[i]);
		if (h < 0)
			return -1;
		op = op << 4 | h;
	}
	return name[4] == '_' ? op : -1;
}

static int check_file(const char *dir, const char *name, long op, unsigned long *checked)
{
	char path[4096];
	uint8_t head[FUZZ_SEL_LEN + 1];
	size_t n;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!(f = fopen(path, "rb"))) {
		fprintf(stderr, "fuzz_check_names: cannot open '%s'\n", path);
		return 1;
	}
	n = fread(head, 1, sizeof(head), f);
	fclose(f);
	if (n < sizeof(head)) {
		fprintf(stderr, "fuzz_check_names: '%s': %zu bytes, too short to select a command\n",
			path, n);
		return 1;
	}
	struct fuzz_sel sel = fuzz_pick(head);
	(*checked)++;
	if (sel.opcode != op || !sel.cmd) {
		fprintf(stderr, "fuzz_check_names: '%s' is named for %04lXh but selects %04Xh%s\n",
			path, op, sel.opcode, sel.cmd ? "" : " (not in the catalog)");
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	unsigned long checked = 0;
	int bad = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: fuzz_check_names <corpus-dir>...\n");
		return 2;
	}
	for (int a = 1; a < argc; a++) {
		DIR *d = opendir(argv[a]);
		struct dirent *e;
		if (!d) {
			fprintf(stderr, "fuzz_check_names: cannot read directory '%s'\n", argv[a]);
			return 2;
		}
		while ((e = readdir(d)) != NULL) {
			long op = named_opcode(e->d_name);
			if (op >= 0)
				bad |= check_file(argv[a], e->d_name, op, &checked);
		}
		closedir(d);
	}
	if (!checked) {
		fprintf(stderr, "fuzz_check_names: no input named by opcode in the directories given\n");
		return 1;
	}
	printf("fuzz_check_names: %lu inputs named by opcode, %s\n", checked,
	       bad ? "some select another command (above)" : "each selects its command");
	return bad;
}
