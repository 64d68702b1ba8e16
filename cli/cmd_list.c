/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* cxlmb list: the command catalog, and how much of it has typed codecs. */
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: cxlmb list [--json] [--coverage]\n"
		   "  Print the command catalog: opcode, name, command set, request and response\n"
		   "  payload sizes, effects, policy class, codec.\n"
		   "  --coverage  per command set: typed, opaque by design, missing\n"
		   "  --json      machine-readable output\n");
}

static const char *const effect_names[] = {
	"config-change-cold-reset", "immediate-config-change", "immediate-data-change",
	"immediate-policy-change", "immediate-log-change", "security-state-change",
	"background-operation", "secondary-mailbox", "abort-supported", "reset-effects-valid",
	"config-change-conventional-reset", "config-change-cxl-reset",
};

static void size_str(char *buf, size_t n, uint32_t mn, uint32_t mx)
{
	if (mn == mx)
		snprintf(buf, n, "%u", mn);
	else if (mx == CXLMB_VAR)
		snprintf(buf, n, "%u+", mn);
	else
		snprintf(buf, n, "%u-%u", mn, mx);
}

static void print_effects(FILE *f, uint16_t eff, bool json)
{
	bool first = true;
	if (json)
		fputc('[', f);
	for (unsigned b = 0; b < 12; b++) {
		if (!(eff & (1u << b)))
			continue;
		if (json) {
			fprintf(f, "%s\"%s\"", first ? "" : ", ", effect_names[b]);
		} else {
			fprintf(f, "%s%s", first ? "" : ",", effect_names[b]);
		}
		first = false;
	}
	if (json)
		fputc(']', f);
	else if (first)
		fputc('-', f);
}

static void list_json(void)
{
	printf("[");
	for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		const char *set = cxlmb_cmd_set_name((uint8_t)(c->opcode >> 8));
		printf("%s\n {\"opcode\": \"%04X\", \"name\": ", i ? "," : "", c->opcode);
		cli_json_str(stdout, c->name);
		printf(", \"ident\": \"%s\", \"command_set\": ", c->ident);
		cli_json_str(stdout, set ? set : "");
		printf(", \"request\": {\"min\": %u, \"max\": %u}, \"response\": {\"min\": %u, \"max\": %u}",
		       cxlmb_cmd_min_len(c, CXLMB_REQ), cxlmb_cmd_max_len(c, CXLMB_REQ),
		       cxlmb_cmd_min_len(c, CXLMB_RSP), cxlmb_cmd_max_len(c, CXLMB_RSP));
		printf(", \"effects\": ");
		print_effects(stdout, c->effects, true);
		printf(", \"policy\": \"%s\", \"typed\": %s, \"background\": %s}",
		       cxlmb_policy_class_name(c->policy), (c->flags & CXLMB_CMD_TYPED) ? "true" : "false",
		       (c->flags & CXLMB_CMD_BG) ? "true" : "false");
	}
	printf("\n]\n");
}

static void list_text(void)
{
	printf("%-6s %-48s %-10s %-10s %-6s %-11s %s\n", "OPCODE", "NAME", "REQUEST", "RESPONSE",
	       "CODEC", "POLICY", "EFFECTS");
	for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		char rq[32], rs[32];
		size_str(rq, sizeof(rq), cxlmb_cmd_min_len(c, CXLMB_REQ), cxlmb_cmd_max_len(c, CXLMB_REQ));
		size_str(rs, sizeof(rs), cxlmb_cmd_min_len(c, CXLMB_RSP), cxlmb_cmd_max_len(c, CXLMB_RSP));
		printf("%04Xh  %-48s %-10s %-10s %-6s %-11s ", c->opcode, c->name, rq, rs,
		       (c->flags & CXLMB_CMD_TYPED) ? "typed" : "opaque", cxlmb_policy_class_name(c->policy));
		print_effects(stdout, c->effects, false);
		putchar('\n');
	}
	printf("(sizes in bytes; N+ = N up to the mailbox payload size; C000h-FFFFh pass through opaque)\n");
}

/* typed: request and response layouts; by design: the specification leaves
 * the payload vendor- or protocol-defined; missing: the specification has a
 * layout the catalog does not type yet */
enum { COV_TYPED, COV_BY_DESIGN, COV_MISSING };

static int cov_class(const struct cxlmb_cmd *c)
{
	if (c->flags & CXLMB_CMD_TYPED)
		return COV_TYPED;
	return (c->flags & CXLMB_CMD_OPAQUE_BY_DESIGN) ? COV_BY_DESIGN : COV_MISSING;
}

static void coverage(bool json)
{
	size_t tot[3] = { 0 }, set[3] = { 0 }, total = 0;
	int prev = -1;

	if (json)
		printf("{\"sets\": [");
	for (size_t i = 0; i <= cxlmb_cmd_count(); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		int s = c ? c->opcode >> 8 : -2;
		if (s != prev && prev >= 0) {
			const char *nm = cxlmb_cmd_set_name((uint8_t)prev);
			size_t n = set[0] + set[1] + set[2];
			if (json) {
				printf("%s\n {\"set\": \"%02X\", \"name\": ", total > n ? "," : "", prev);
				cli_json_str(stdout, nm ? nm : "");
				printf(", \"typed\": %zu, \"opaque_by_design\": %zu, \"missing\": %zu, "
				       "\"total\": %zu}",
				       set[COV_TYPED], set[COV_BY_DESIGN], set[COV_MISSING], n);
			} else {
				printf("%02Xh %-42s %3zu typed %3zu by design %3zu missing of %3zu\n", prev,
				       nm ? nm : "?", set[COV_TYPED], set[COV_BY_DESIGN], set[COV_MISSING], n);
			}
			set[0] = set[1] = set[2] = 0;
		}
		if (!c)
			break;
		prev = s;
		set[cov_class(c)]++;
		tot[cov_class(c)]++;
		total++;
	}
	if (json) {
		printf("\n], \"typed\": %zu, \"opaque_by_design\": %zu, \"missing\": %zu, "
		       "\"total\": %zu, \"opaque\": [",
		       tot[COV_TYPED], tot[COV_BY_DESIGN], tot[COV_MISSING], total);
		bool first = true;
		for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
			const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
			if (cov_class(c) != COV_TYPED) {
				printf("%s{\"opcode\": \"%04X\", \"class\": \"%s\"}", first ? "" : ", ",
				       c->opcode, cov_class(c) == COV_MISSING ? "missing" : "opaque_by_design");
				first = false;
			}
		}
		printf("]}\n");
		return;
	}
	printf("total: %zu of %zu catalog commands have typed codecs (%zu%%); %zu opaque by design, "
	       "%zu missing\n",
	       tot[COV_TYPED], total, total ? tot[COV_TYPED] * 100 / total : 0, tot[COV_BY_DESIGN],
	       tot[COV_MISSING]);
	for (int k = COV_BY_DESIGN; k <= COV_MISSING; k++) {
		if (!tot[k])
			continue;
		printf("%s:\n", k == COV_MISSING ? "missing (opaque, the specification has a layout)"
						 : "opaque by design (vendor- or protocol-defined payload)");
		for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
			const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
			if (cov_class(c) == k)
				printf("  %04Xh %s\n", c->opcode, c->name);
		}
	}
}

static int run(int argc, char **argv)
{
	bool json = false, cov = false;
	for (int i = 0; i < argc; i++) {
		if (!strcmp(argv[i], "--json"))
			json = true;
		else if (!strcmp(argv[i], "--coverage"))
			cov = true;
		else {
			cli_err("list", "unknown option '%s'", argv[i]);
			return EXIT_USAGE;
		}
	}
	if (cov)
		coverage(json);
	else if (json)
		list_json();
	else
		list_text();
	return EXIT_OK;
}

const struct cli_cmd cli_cmd_list = { "list", "print the command catalog", run, usage };
