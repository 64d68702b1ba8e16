/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* cxlmb decode: decode a request or response payload with the catalog. */
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: cxlmb decode --opcode <hex> (--request|--response) <hex>|@<file> [--json]\n"
		   "                    [--strict|--lenient] [--request-payload <hex>|@<file>]\n"
		   "  Decode a payload and print every field, or the precise decode error (exit 1).\n"
		   "  <hex>: hex digits, whitespace and ':' ignored, optional 0x; @<file>: raw bytes\n"
		   "  (@- reads stdin).  --strict (default) rejects reserved bits and undefined\n"
		   "  values; --lenient ignores them.  --request-payload: the request a response\n"
		   "  answers, for answers whose shape the request sets (list limits, start indexes).\n");
}

static uint8_t payload[CXLMB_PAYLOAD_MAX], request[CXLMB_PAYLOAD_MAX];

static int decode_and_print(const char *sub, const struct cxlmb_cmd *c, enum cxlmb_dir dir,
			    const uint8_t *req, size_t req_len, const uint8_t *buf, size_t len,
			    unsigned flags, bool json)
{
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	const char *what = dir == CXLMB_REQ ? "request" : "response";
	struct cxlmb_decode_err e;
	int rc = cxlmb_cmd_decode_ex(c, dir, req, req_len, buf, len, flags, val, &e);

	if (rc) {
		if (e.field && e.field[0])
			cli_err(sub, "%04Xh %s %s (%zu bytes): %s at offset %Xh (%s): %s", c->opcode,
				c->name, what, len, cxlmb_strerror(rc), e.offset, e.field,
				cxlmb_errdesc(rc));
		else
			cli_err(sub, "%04Xh %s %s (%zu bytes): %s: %s", c->opcode, c->name, what, len,
				cxlmb_strerror(rc), cxlmb_errdesc(rc));
		return EXIT_CHECK;
	}
	if (json) {
		printf("{\"opcode\": \"%04X\", \"name\": ", c->opcode);
		cli_json_str(stdout, c->name);
		printf(", \"direction\": \"%s\", \"length\": %zu, \"fields\": ", what, len);
		cli_print_decoded(stdout, c, dir, val, flags, true);
		printf("}\n");
	} else {
		printf("%04Xh %s %s, %zu bytes\n", c->opcode, c->name, what, len);
		cli_print_decoded(stdout, c, dir, val, flags, false);
	}
	return EXIT_OK;
}

static int run(int argc, char **argv)
{
	const char *sub = "decode", *data = NULL, *reqdata = NULL, *v;
	bool json = false, have_op = false;
	unsigned flags = CXLMB_STRICT;
	enum cxlmb_dir dir = CXLMB_RSP;
	uint16_t op = 0;
	size_t len = 0, req_len = 0;

	for (int i = 0; i < argc; i++) {
		if (cli_is_opt(argv[i], "--opcode")) {
			if (!(v = cli_optval(sub, argc, argv, &i, "--opcode")) || !cli_parse_opcode(sub, v, &op))
				return EXIT_USAGE;
			have_op = true;
		} else if (cli_is_opt(argv[i], "--request") || cli_is_opt(argv[i], "--response")) {
			bool req = cli_is_opt(argv[i], "--request");
			if (data) {
				cli_err(sub, "give one of --request or --response, once");
				return EXIT_USAGE;
			}
			if (!(data = cli_optval(sub, argc, argv, &i, req ? "--request" : "--response")))
				return EXIT_USAGE;
			dir = req ? CXLMB_REQ : CXLMB_RSP;
		} else if (cli_is_opt(argv[i], "--request-payload")) {
			if (!(reqdata = cli_optval(sub, argc, argv, &i, "--request-payload")))
				return EXIT_USAGE;
		} else if (!strcmp(argv[i], "--json")) {
			json = true;
		} else if (!strcmp(argv[i], "--strict")) {
			flags = CXLMB_STRICT;
		} else if (!strcmp(argv[i], "--lenient")) {
			flags = CXLMB_LENIENT;
		} else {
			char e[96];
			cli_err(sub, "unknown option '%s'", cli_esc(argv[i], e, sizeof(e)));
			return EXIT_USAGE;
		}
	}
	if (!have_op) {
		cli_err(sub, "missing --opcode");
		return EXIT_USAGE;
	}
	if (!data) {
		cli_err(sub, "missing --request or --response payload");
		return EXIT_USAGE;
	}
	const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
	if (!c) {
		cli_err(sub, "opcode %04X is not in the catalog (see 'cxlmb list')", op);
		return EXIT_USAGE;
	}
	if (!cli_load_bytes(sub, dir == CXLMB_REQ ? "--request" : "--response", data, payload,
			    sizeof(payload), &len))
		return EXIT_USAGE;
	if (reqdata && dir != CXLMB_RSP) {
		cli_err(sub, "--request-payload goes with --response");
		return EXIT_USAGE;
	}
	if (reqdata && !cli_load_bytes(sub, "--request-payload", reqdata, request, sizeof(request),
				       &req_len))
		return EXIT_USAGE;
	return decode_and_print(sub, c, dir, reqdata ? request : NULL, req_len, payload, len, flags,
				json);
}

const struct cli_cmd cli_cmd_decode = { "decode", "decode a request or response payload", run, usage };
