/* Target stateful: command sequences decoded from the input against the
 * simulated device (Type 3 or switch) through the real transport; after
 * every step the transport result is sane, whatever the device answers
 * decodes, and the model's invariants hold (cxlmb_sim_check).
 *
 * Input: byte 0 picks the device (bit 0: switch); then steps of 3 bytes
 * plus payload: selector, length, time to let pass (x 100 us).  Selectors
 * below 0xF0 pick a command the device implements; 0xF0-0xF7 the fabric
 * manager offers a dynamic capacity extent (from the next 2 bytes); 0xF8
 * power cycles; 0xF9 the device finds a media error (at the next 2 bytes
 * x 64 KiB); the rest tunnel the payload to the MLD (switch). */
#include "fuzz_target.h"
#include "sim.h"

static struct cxlmb_sim *device(unsigned variant)
{
	static struct cxlmb_sim sims[2];
	static int ready[2];
	struct cxlmb_sim_config cfg;

	if (!ready[variant]) {
		cxlmb_sim_config_default(&cfg);
		cfg.variant = variant ? CXLMB_SIM_SWITCH : CXLMB_SIM_TYPE3;
		if (cxlmb_sim_init(&sims[variant], &cfg))
			abort();
		ready[variant] = 1;
	}
	cxlmb_sim_reset(&sims[variant]); /* O(bytes touched) */
	return &sims[variant];
}

static void check_answer(uint16_t op, const struct cxlmb_mbox_result *res, const uint8_t *out)
{
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	if (res->rc == CXLMB_RC_SUCCESS && res->out_len) {
		const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
		FUZZ_CHECK(cxlmb_cmd_decode(c, CXLMB_RSP, out, res->copied, CXLMB_STRICT, val) ==
			   CXLMB_E_OK);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t out[4096], wrapped[4096];
	struct cxlmb_mbox_config cfg;
	struct cxlmb_mbox mb;
	struct cxlmb_sim *sim;
	unsigned root;
	size_t pos = 1;

	if (size < 1)
		return 0;
	sim = device(data[0] & 1);
	root = sim->cfg.variant == CXLMB_SIM_SWITCH ? CXLMB_SIM_EP_SWITCH : CXLMB_SIM_EP_TYPE3;
	cxlmb_sim_mbox_config(sim, &cfg);
	FUZZ_CHECK(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, sim, &cfg) == CXLMB_E_OK);
	while (pos + 3 <= size) {
		uint8_t sel = data[pos];
		size_t len = data[pos + 1];
		struct cxlmb_mbox_result res;
		int rc;

		sim->now_ns += (uint64_t)data[pos + 2] * 100000; /* time passes between commands */
		pos += 3;
		if (len > size - pos)
			len = size - pos;
		if (sel < 0xF0) {
			uint16_t op = cxlmb_sim_ep_command_at(root, sel % cxlmb_sim_ep_command_count(root));
			rc = cxlmb_mbox_send(&mb, op, data + pos, len, out, sizeof(out), &res);
			FUZZ_CHECK(rc == CXLMB_E_OK);
			check_answer(op, &res, out);
		} else if (sel < 0xF8) {
			uint64_t off = len >= 1 ? (uint64_t)data[pos] << 21 : 0;   /* 2 MiB blocks */
			uint64_t n = len >= 2 ? ((uint64_t)data[pos + 1] + 1) << 21 : 1 << 21;
			(void)cxlmb_sim_dc_offer(sim, sel & 1, off, n);
		} else if (sel == 0xF8) {
			cxlmb_sim_power_cycle(sim);
			FUZZ_CHECK(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, sim, &cfg) == CXLMB_E_OK);
		} else if (sel == 0xF9) {
			uint64_t at = len >= 2 ? (uint64_t)(data[pos] | data[pos + 1] << 8) << 16 : 0;
			cxlmb_sim_media_error(sim, at);
		} else if (root == CXLMB_SIM_EP_SWITCH && len >= 2) {
			/* through the switch to the MLD's FM-owned LD (or one of its LDs) */
			struct cxlmb_tunnel_hop path[2] = { { CXLMB_SIM_MLD_PORT, 0 }, { data[pos] & 3, 0 } };
			unsigned depth = 1 + (sel & 1);
			unsigned inner_ep = depth == 2 ? CXLMB_SIM_EP_TYPE3 : CXLMB_SIM_EP_FMLD;
			uint16_t op = cxlmb_sim_ep_command_at(
				inner_ep, data[pos + 1] % cxlmb_sim_ep_command_count(inner_ep));
			struct cxlmb_tunnel_result tr;
			size_t n;
			if (cxlmb_tunnel_wrap(path, depth, 1, op, data + pos + 2, len - 2, wrapped,
					      sizeof(wrapped), &n) == CXLMB_E_OK) {
				rc = cxlmb_mbox_send(&mb, CXLMB_OPCODE_TUNNEL, wrapped, n, out, sizeof(out),
						     &res);
				FUZZ_CHECK(rc == CXLMB_E_OK);
				if (res.rc == CXLMB_RC_SUCCESS &&
				    cxlmb_tunnel_unwrap_rsp(out, res.copied, depth, 1, op, CXLMB_STRICT,
							    &tr) == CXLMB_E_OK &&
				    tr.rc == CXLMB_RC_SUCCESS && tr.payload.len) {
					struct cxlmb_mbox_result inner = { .rc = 0,
									   .out_len = tr.payload.len,
									   .copied = tr.payload.len };
					check_answer(op, &inner, tr.payload.data);
				}
			}
		}
		pos += len;
		FUZZ_CHECK(cxlmb_sim_check(sim) == NULL);
	}
	return 0;
}
