/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* cxlmb: one program, many subcommands. */
#include <string.h>

#include "cli.h"


static const struct cli_cmd *const commands[] = {
	&cli_cmd_list,
	&cli_cmd_decode,
	&cli_cmd_send,
	&cli_cmd_sim,
	&cli_cmd_policy,
	&cli_cmd_conform,
};

static void usage(FILE *f)
{
	fprintf(f, "usage: cxlmb <command> [options]   (cxlmb <command> --help for its options)\n\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  %-8s %s\n", commands[i]->name, commands[i]->summary);
	fprintf(f, "\nexit status: 0 success, 1 device error or failed check, 2 usage or setup error,\n"
		   "3 denied by policy\n");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		cli_err("usage", "missing command (try 'cxlmb --help')");
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("cxlmb %s\n", cxlmb_version_string());
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return EXIT_OK;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(argv[1], commands[i]->name))
			continue;
		if (cli_wants_help(argc - 2, argv + 2)) {
			commands[i]->usage(stdout);
			return EXIT_OK;
		}
		return commands[i]->run(argc - 2, argv + 2);
	}
	cli_err("usage", "unknown command '%s' (try 'cxlmb --help')", argv[1]);
	return EXIT_USAGE;
}
