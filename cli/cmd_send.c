/* cxlmb send: run one command through the mailbox transport. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "sim.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: cxlmb send --device <dev> --opcode <hex> [--payload <hex>|@<file>] [--json]\n"
		   "                  [--tunnel <port>[,<ld>]...] [--raw] [--wait] [--timeout-ms N] [--quirk <name>]...\n"
		   "  Send one command through the mailbox transport and print the return code and\n"
		   "  the decoded output.  Devices: sim or sim:type3 (simulated Type-3 memory device),\n"
		   "  sim:switch (simulated switch mailbox CCI with a multi-logical device on port 1).\n"
		   "  --tunnel  wrap the command in Tunnel Management Commands, one level per number\n"
		   "            (sim:switch --tunnel 1,0 reaches LD 0 of the MLD on port 1)\n"
		   "  --raw     send the payload even if it does not decode as the command's request\n"
		   "  --wait    if the command starts a background operation, poll it to the end\n"
		   "            (within --timeout-ms) and report its return code\n"
		   "  --quirk   turn on a simulator quirk ('cxlmb sim --list-quirks')\n");
}

static uint8_t in[CXLMB_PAYLOAD_MAX], out[CXLMB_PAYLOAD_MAX], wrapped[CXLMB_PAYLOAD_MAX];

/* "1,0" -> hops; at most CXLMB_TUNNEL_MAX_DEPTH numbers of 0..255 */
static bool parse_tunnel(const char *sub, const char *arg, struct cxlmb_tunnel_hop *path,
			 unsigned *depth)
{
	char buf[128];
	unsigned n = 0;

	if (strlen(arg) >= sizeof(buf) || !*arg) {
		cli_err(sub, "bad --tunnel '%s' (want port[,ld]...)", arg);
		return false;
	}
	strcpy(buf, arg);
	for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
		uint64_t v;
		if (n >= CXLMB_TUNNEL_MAX_DEPTH) {
			cli_err(sub, "--tunnel '%s': more than %u levels", arg, CXLMB_TUNNEL_MAX_DEPTH);
			return false;
		}
		if (!cli_parse_uint(sub, "--tunnel hop", tok, 255, &v))
			return false;
		path[n].target_id = (uint8_t)v;
		path[n].target_type = 0;
		n++;
	}
	*depth = n;
	return true;
}

static int run(int argc, char **argv)
{
	const char *sub = "send", *dev = NULL, *payload = NULL, *v;
	struct cxlmb_tunnel_hop path[CXLMB_TUNNEL_MAX_DEPTH];
	unsigned depth = 0;
	bool json = false, raw = false, have_op = false, wait = false, waited = false;
	struct cxlmb_bg_status bg = { 0 };
	int bg_rc = CXLMB_E_OK;
	uint64_t timeout_ms = 2000;
	uint16_t op = 0;
	size_t in_len = 0;
	struct cxlmb_sim_config sc;
	struct cxlmb_sim sim;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_config mc;
	struct cxlmb_mbox_result res;
	int rc;

	cxlmb_sim_config_default(&sc);
	for (int i = 0; i < argc; i++) {
		if (cli_is_opt(argv[i], "--device")) {
			if (!(dev = cli_optval(sub, argc, argv, &i, "--device")))
				return EXIT_USAGE;
		} else if (cli_is_opt(argv[i], "--opcode")) {
			if (!(v = cli_optval(sub, argc, argv, &i, "--opcode")) || !cli_parse_opcode(sub, v, &op))
				return EXIT_USAGE;
			have_op = true;
		} else if (cli_is_opt(argv[i], "--payload")) {
			if (!(payload = cli_optval(sub, argc, argv, &i, "--payload")))
				return EXIT_USAGE;
		} else if (cli_is_opt(argv[i], "--timeout-ms")) {
			if (!(v = cli_optval(sub, argc, argv, &i, "--timeout-ms")) ||
			    !cli_parse_uint(sub, "--timeout-ms", v, 3600000, &timeout_ms))
				return EXIT_USAGE;
		} else if (cli_is_opt(argv[i], "--quirk")) {
			int q;
			if (!(v = cli_optval(sub, argc, argv, &i, "--quirk")))
				return EXIT_USAGE;
			if ((q = cxlmb_sim_quirk_by_name(v)) < 0) {
				cli_err(sub, "unknown quirk '%s' (see 'cxlmb sim --list-quirks')", v);
				return EXIT_USAGE;
			}
			sc.quirks |= 1u << q;
		} else if (cli_is_opt(argv[i], "--tunnel")) {
			if (!(v = cli_optval(sub, argc, argv, &i, "--tunnel")) ||
			    !parse_tunnel(sub, v, path, &depth))
				return EXIT_USAGE;
		} else if (!strcmp(argv[i], "--json")) {
			json = true;
		} else if (!strcmp(argv[i], "--raw")) {
			raw = true;
		} else if (!strcmp(argv[i], "--wait")) {
			wait = true;
		} else {
			cli_err(sub, "unknown option '%s'", argv[i]);
			return EXIT_USAGE;
		}
	}
	if (!dev) {
		cli_err(sub, "missing --device (e.g. --device sim)");
		return EXIT_USAGE;
	}
	if (!strcmp(dev, "sim:switch")) {
		sc.variant = CXLMB_SIM_SWITCH;
	} else if (strcmp(dev, "sim") && strcmp(dev, "sim:type3")) {
		cli_err(sub, "no such device '%s' (devices: sim, sim:type3, sim:switch)", dev);
		return EXIT_USAGE;
	}
	if (!have_op) {
		cli_err(sub, "missing --opcode");
		return EXIT_USAGE;
	}
	if (wait && depth) {
		cli_err(sub, "--wait polls the mailbox's own background operation: not with --tunnel");
		return EXIT_USAGE;
	}
	const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
	if (!c) {
		cli_err(sub, "opcode %04X is not in the catalog (see 'cxlmb list')", op);
		return EXIT_USAGE;
	}
	if (payload && !cli_load_bytes(sub, "--payload", payload, in, sizeof(in), &in_len))
		return EXIT_USAGE;
	if (!raw) {
		_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
		rc = cxlmb_cmd_decode(c, CXLMB_REQ, in, in_len, CXLMB_STRICT, val);
		if (rc) {
			cli_err(sub, "--payload is not a valid %04Xh %s request (%zu bytes): %s: %s "
				     "(--raw sends it anyway)", op, c->name, in_len, cxlmb_strerror(rc),
				cxlmb_errdesc(rc));
			return EXIT_USAGE;
		}
	}
	if ((rc = cxlmb_sim_init(&sim, &sc)) != 0) {
		cli_err(sub, "cannot create the simulated device: %s", cxlmb_strerror(rc));
		return EXIT_USAGE;
	}
	cxlmb_sim_mbox_config(&sim, &mc);
	mc.cmd_timeout_ns = timeout_ms * 1000000ull;
	if ((rc = cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc)) != 0) {
		cli_err(sub, "device %s: mailbox: %s: %s", dev, cxlmb_strerror(rc), cxlmb_errdesc(rc));
		cxlmb_sim_fini(&sim);
		return EXIT_CHECK;
	}
	if (depth) {
		size_t wlen = 0;
		if ((rc = cxlmb_tunnel_wrap(path, depth, 1, op, in, in_len, wrapped, sizeof(wrapped), &wlen))) {
			cli_err(sub, "--tunnel: cannot wrap %04Xh: %s: %s", op, cxlmb_strerror(rc), cxlmb_errdesc(rc));
			cxlmb_sim_fini(&sim);
			return EXIT_USAGE;
		}
		rc = cxlmb_mbox_send(&mb, CXLMB_OPCODE_TUNNEL, wrapped, wlen, out, sizeof(out), &res);
	} else {
		rc = cxlmb_mbox_send(&mb, op, in, in_len, out, sizeof(out), &res);
		if (!rc && wait && res.bg_started) {
			bg_rc = cxlmb_mbox_bg_wait(&mb, mc.cmd_timeout_ns, &bg);
			waited = true;
		}
	}
	cxlmb_sim_fini(&sim);
	if (rc) {
		cli_err(sub, "%04Xh %s: transport: %s: %s", op, c->name, cxlmb_strerror(rc), cxlmb_errdesc(rc));
		return EXIT_CHECK;
	}
	if (depth && !cxlmb_mbox_result_err(&res)) {
		/* the answer that matters is the innermost one */
		struct cxlmb_tunnel_result tr;
		rc = cxlmb_tunnel_unwrap_rsp(out, res.copied, depth, 1, op, CXLMB_STRICT, &tr);
		if (rc) {
			cli_err(sub, "--tunnel: response level %u: %s: %s", tr.level, cxlmb_strerror(rc),
				cxlmb_errdesc(rc));
			return EXIT_CHECK;
		}
		if (tr.level != depth) {
			cli_err(sub, "--tunnel: level %u answered %04Xh %s", tr.level, tr.rc,
				cxlmb_mbox_rc_name(tr.rc));
			return EXIT_CHECK;
		}
		res.rc = tr.rc;
		res.vendor_status = tr.vendor_status;
		res.bg_started = tr.bg;
		res.out_len = res.copied = tr.payload.len;
		memmove(out, tr.payload.data, tr.payload.len);
	}
	/* decode first, so that JSON output is one object */
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	int dec = CXLMB_E_OK;
	bool has_output = !cxlmb_mbox_result_err(&res) && !(res.out_len == 0 && c->rsp_max == 0);
	if (has_output)
		dec = cxlmb_cmd_decode(c, CXLMB_RSP, out, res.copied, CXLMB_STRICT, val);
	if (json) {
		printf("{\"opcode\": \"%04X\", \"name\": ", op);
		cli_json_str(stdout, c->name);
		printf(", \"return_code\": %u, \"return_code_name\": \"%s\", \"vendor_status\": %u, "
		       "\"background_started\": %s, \"output_length\": %u", res.rc,
		       cxlmb_mbox_rc_name(res.rc), res.vendor_status, res.bg_started ? "true" : "false",
		       res.out_len);
		if (has_output && !dec) {
			printf(", \"fields\": ");
			cli_print_decoded(stdout, c, CXLMB_RSP, val, CXLMB_STRICT, true);
		} else if (has_output) {
			printf(", \"decode_error\": \"%s\"", cxlmb_strerror(dec));
		}
		if (waited)
			printf(", \"background\": {\"opcode\": \"%04X\", \"percent\": %u, "
			       "\"return_code\": %u, \"return_code_name\": \"%s\", \"error\": \"%s\"}",
			       bg.opcode, bg.percent, bg.rc, cxlmb_mbox_rc_name(bg.rc),
			       cxlmb_strerror(bg_rc));
		printf("}\n");
	} else {
		printf("return code: %04Xh %s\nvendor status: %04Xh\noutput: %u bytes\n", res.rc,
		       cxlmb_mbox_rc_name(res.rc), res.vendor_status, res.out_len);
		if (has_output && !dec)
			cli_print_decoded(stdout, c, CXLMB_RSP, val, CXLMB_STRICT, false);
		if (waited && !bg_rc)
			printf("background: %04Xh finished, %u%%, return code %04Xh %s\n", bg.opcode,
			       bg.percent, bg.rc, cxlmb_mbox_rc_name(bg.rc));
	}
	if (cxlmb_mbox_result_err(&res)) {
		cli_err(sub, "%04Xh %s: device returned %04Xh %s", op, c->name, res.rc,
			cxlmb_mbox_rc_name(res.rc));
		return EXIT_CHECK;
	}
	if (dec) {
		cli_err(sub, "%04Xh %s response (%u bytes) does not decode: %s: %s", op, c->name,
			res.copied, cxlmb_strerror(dec), cxlmb_errdesc(dec));
		return EXIT_CHECK;
	}
	if (waited && bg_rc) {
		cli_err(sub, "%04Xh %s: background operation at %u%%: %s: %s", op, c->name, bg.percent,
			cxlmb_strerror(bg_rc), cxlmb_errdesc(bg_rc));
		return EXIT_CHECK;
	}
	if (waited && bg.rc != CXLMB_RC_SUCCESS) {
		cli_err(sub, "%04Xh %s: background operation ended with %04Xh %s", op, c->name, bg.rc,
			cxlmb_mbox_rc_name(bg.rc));
		return EXIT_CHECK;
	}
	return EXIT_OK;
}

const struct cli_cmd cli_cmd_send = { "send", "send one command to a device", run, usage };
