/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* cxlmb send: run one command through the command layer. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "device.h"
#include "policy.h"
#include "sim.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: cxlmb send --device <dev> --opcode <hex> [--payload <hex>|@<file>] [--json]\n"
		   "                  [--tunnel <port>[,<ld>]...] [--raw] [--wait] [--timeout-ms N] [--quirk <name>]...\n"
		   "                  [--force-rc <hex>] [--policy <profile>] [--force] [--destructive]\n"
		   "  Send one command through the command layer and print the return code and\n"
		   "  the decoded output.  Devices: sim or sim:type3 (simulated Type-3 memory device),\n"
		   "  sim:switch (simulated switch mailbox CCI with a multi-logical device on port 1),\n"
		   "  pci:DDDD:BB:DD.F (mmap of the device's registers), file:PATH[@OFF] (a register\n"
		   "  block in a file), linux:/dev/cxl/memN or linux:memN (the kernel's ioctl).\n"
		   "  --tunnel  wrap the command in Tunnel Management Commands, one level per number\n"
		   "            (sim:switch --tunnel 1,0 reaches LD 0 of the MLD on port 1)\n"
		   "  --raw     send the payload even if it does not decode as the command's request\n"
		   "  --wait    if the command starts a background operation, poll it to the end\n"
		   "            (within --timeout-ms) and report its return code\n"
		   "  --quirk   turn on a simulator quirk ('cxlmb sim --list-quirks')\n"
		   "  --force-rc HEX  the simulator answers every command with this return code\n"
		   "  --force   real devices: go on although a kernel driver is bound (it would race\n"
		   "            the kernel on the mailbox)\n"
		   "  --destructive  real devices: allow commands that change data, security state,\n"
		   "            firmware or poison (the simulator needs no permission)\n"
		   "  --policy P  decide with the central policy before anything is sent (profiles:\n"
		   "            linux-raw, lockdown, fabric-readonly, fabric-admin, cel); a refused\n"
		   "            command exits 3 and the device sees nothing\n");
}

static uint8_t in[CXLMB_PAYLOAD_MAX], out[CXLMB_PAYLOAD_MAX];

struct send_args {
	const char *dev, *payload, *policy;
	bool json, raw, have_op, wait;
	uint16_t op;
	struct cli_dev_opts o;
};

static int parse(const char *sub, int argc, char **argv, struct send_args *a)
{
	const char *v;

	memset(a, 0, sizeof(*a));
	a->o.timeout_ms = 2000;
	for (int i = 0; i < argc; i++) {
		int dv = cli_dev_option(sub, argc, argv, &i, &a->dev, &a->o);
		if (dv < 0)
			return EXIT_USAGE;
		if (dv > 0)
			continue;
		if (cli_is_opt(argv[i], "--opcode")) {
			if (!(v = cli_optval(sub, argc, argv, &i, "--opcode")) ||
			    !cli_parse_opcode(sub, v, &a->op))
				return EXIT_USAGE;
			a->have_op = true;
		} else if (cli_is_opt(argv[i], "--payload")) {
			if (!(a->payload = cli_optval(sub, argc, argv, &i, "--payload")))
				return EXIT_USAGE;
		} else if (cli_is_opt(argv[i], "--policy")) {
			if (!(a->policy = cli_optval(sub, argc, argv, &i, "--policy")))
				return EXIT_USAGE;
		} else if (!strcmp(argv[i], "--json")) {
			a->json = true;
		} else if (!strcmp(argv[i], "--raw")) {
			a->raw = true;
		} else if (!strcmp(argv[i], "--wait")) {
			a->wait = true;
		} else {
			cli_err(sub, "unknown option '%s'", argv[i]);
			return EXIT_USAGE;
		}
	}
	if (!a->dev) {
		cli_err(sub, "missing --device (e.g. --device sim)");
		return EXIT_USAGE;
	}
	if (!a->have_op) {
		cli_err(sub, "missing --opcode");
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static void print_json(const struct cxlmb_call *call, const void *val, bool decoded,
		       int dec, bool waited, const struct cxlmb_bg_status *bg, int bg_rc)
{
	const struct cxlmb_response *r = &call->rsp;

	printf("{\"opcode\": \"%04X\", \"name\": ", call->opcode);
	cli_json_str(stdout, call->cmd->name);
	printf(", \"return_code\": %u, \"return_code_name\": \"%s\", \"vendor_status\": %u, "
	       "\"background_started\": %s, \"output_length\": %zu", r->rc,
	       cxlmb_mbox_rc_name(r->rc), r->vendor_status, r->bg_started ? "true" : "false",
	       r->reported_len);
	if (decoded) {
		printf(", \"fields\": ");
		cli_print_decoded(stdout, call->cmd, CXLMB_RSP, val, CXLMB_STRICT, true);
	} else if (dec) {
		printf(", \"decode_error\": \"%s\"", cxlmb_strerror(dec));
	}
	if (waited)
		printf(", \"background\": {\"opcode\": \"%04X\", \"percent\": %u, "
		       "\"return_code\": %u, \"return_code_name\": \"%s\", \"error\": \"%s\"}",
		       bg->opcode, bg->percent, bg->rc, cxlmb_mbox_rc_name(bg->rc),
		       cxlmb_strerror(bg_rc));
	printf("}\n");
}

static int run(int argc, char **argv)
{
	const char *sub = "send";
	struct send_args a;
	struct cli_device d;
	struct cxlmb_bg_status bg = { 0 };
	struct cxlmb_call call;
	_Alignas(8) static uint8_t val[CXLMB_CMD_STRUCT_MAX];
	const struct cxlmb_cmd *c;
	size_t in_len = 0;
	bool waited = false, decoded;
	char why[256];
	int rc, bg_rc = CXLMB_E_OK, status;

	static struct cli_policy cp; /* holds the CELs of the cel profile */

	if ((status = parse(sub, argc, argv, &a)) != EXIT_OK)
		return status;
	/* the policy decides in the command layer, before anything is sent */
	if (a.policy && !(a.o.gate = cli_policy_gate(sub, a.policy, &cp)))
		return EXIT_USAGE;
	if (!(c = cxlmb_cmd_find(a.op))) {
		cli_err(sub, "opcode %04X is not in the catalog (see 'cxlmb list')", a.op);
		return EXIT_USAGE;
	}
	if (a.payload && !cli_load_bytes(sub, "--payload", a.payload, in, sizeof(in), &in_len))
		return EXIT_USAGE;
	if (!a.raw) {
		rc = cxlmb_cmd_decode(c, CXLMB_REQ, in, in_len, CXLMB_STRICT, val);
		if (rc) {
			cli_err(sub, "--payload is not a valid %04Xh %s request (%zu bytes): %s: %s "
				     "(--raw sends it anyway)", a.op, c->name, in_len, cxlmb_strerror(rc),
				cxlmb_errdesc(rc));
			return EXIT_USAGE;
		}
	}
	if ((status = cli_device_open(sub, a.dev, &a.o, &d)) != EXIT_OK)
		return status;
	if (!d.sim && !a.o.destructive && cli_cmd_is_destructive(c)) {
		/* a real device keeps what a command changes: say so first */
		cli_err(sub, "%04Xh %s may change data, security state, firmware or poison on %s: "
			     "pass --destructive to send it", a.op, c->name, a.dev);
		cli_device_close(&d);
		return EXIT_USAGE;
	}
	if (a.policy && (status = cli_policy_load_cels(sub, &cp, &d)) != EXIT_OK) {
		cli_device_close(&d);
		return status;
	}
	if (in_len > d.ep->max_payload) {
		cli_err(sub, "--payload: %zu bytes do not fit the %u-byte payload the device%s carries",
			in_len, d.ep->max_payload, a.o.route.depth ? "'s tunnel" : "");
		cli_device_close(&d);
		return EXIT_USAGE;
	}
	memset(&call, 0, sizeof(call));
	call.opcode = a.op;
	call.req_bytes = in;
	call.req_len = in_len;
	call.call_flags = CXLMB_CALL_RAW; /* checked above, with --raw honoured */
	call.flags = CXLMB_STRICT;
	call.rsp_val = val;
	call.rsp.buf = out;
	call.rsp.cap = sizeof(out);
	rc = cxlmb_call(d.ep, &call);
	if (!rc && a.wait && call.rsp.bg_started) {
		bg_rc = cxlmb_ep_bg_wait(d.ep, a.op, a.o.timeout_ms * 1000000ull, &bg);
		waited = true;
	}
	cli_device_detail(&d, why, sizeof(why));
	cli_device_close(&d);

	switch (call.stage) {
	case CXLMB_STAGE_REQUEST:
		cli_err(sub, "%04Xh %s: request: %s: %s", a.op, c->name, cxlmb_strerror(rc),
			cxlmb_errdesc(rc));
		return EXIT_USAGE;
	case CXLMB_STAGE_POLICY:
		return cli_policy_denied(sub, &call.verdict, &cp);
	case CXLMB_STAGE_TRANSPORT:
		if (rc == CXLMB_E_ROUTE)
			cli_err(sub, "--tunnel: hop %u (target %u) refused by the level above it: %04Xh %s",
				call.rsp.fail_level + 1u,
				a.o.route.hop[call.rsp.fail_level % CXLMB_TUNNEL_MAX_DEPTH].target_id,
				call.rsp.rc, cxlmb_mbox_rc_name(call.rsp.rc));
		else
			cli_err(sub, "%04Xh %s: %s%s: %s%s%s", a.op, c->name,
				a.o.route.depth ? "--tunnel: " : "transport: ", cxlmb_strerror(rc),
				cxlmb_errdesc(rc), why[0] ? ": " : "", why);
		return EXIT_CHECK;
	default:
		break;
	}
	if (a.policy)
		cli_policy_tainted(sub, &call.verdict, &cp);
	/* a device answer: print it, then say what was wrong with it */
	decoded = call.stage == CXLMB_STAGE_DONE &&
		  !(call.rsp.len == 0 && cxlmb_cmd_max_len(c, CXLMB_RSP) == 0);
	if (a.json) {
		print_json(&call, val, decoded, call.stage == CXLMB_STAGE_RESPONSE ? rc : 0, waited,
			   &bg, bg_rc);
	} else {
		printf("return code: %04Xh %s\nvendor status: %04Xh\noutput: %zu bytes\n",
		       call.rsp.rc, cxlmb_mbox_rc_name(call.rsp.rc), call.rsp.vendor_status,
		       call.rsp.reported_len);
		if (decoded)
			cli_print_decoded(stdout, c, CXLMB_RSP, val, CXLMB_STRICT, false);
		if (waited && !bg_rc)
			printf("background: %04Xh finished, %u%%, return code %04Xh %s\n", bg.opcode,
			       bg.percent, bg.rc, cxlmb_mbox_rc_name(bg.rc));
	}
	if (call.stage == CXLMB_STAGE_DEVICE) {
		cli_err(sub, "%04Xh %s: device returned %04Xh %s", a.op, c->name, call.rsp.rc,
			cxlmb_mbox_rc_name(call.rsp.rc));
		return EXIT_CHECK;
	}
	if (call.stage == CXLMB_STAGE_RESPONSE) {
		cli_err(sub, "%04Xh %s response (%zu bytes) does not decode: %s: %s", a.op, c->name,
			call.rsp.len, cxlmb_strerror(rc), cxlmb_errdesc(rc));
		return EXIT_CHECK;
	}
	if (waited && bg_rc) {
		cli_err(sub, "%04Xh %s: background operation at %u%%: %s: %s", a.op, c->name,
			bg.percent, cxlmb_strerror(bg_rc), cxlmb_errdesc(bg_rc));
		return EXIT_CHECK;
	}
	if (waited && bg.rc != CXLMB_RC_SUCCESS) {
		cli_err(sub, "%04Xh %s: background operation ended with %04Xh %s", a.op, c->name,
			bg.rc, cxlmb_mbox_rc_name(bg.rc));
		return EXIT_CHECK;
	}
	return EXIT_OK;
}

const struct cli_cmd cli_cmd_send = { "send", "send one command to a device", run, usage };
