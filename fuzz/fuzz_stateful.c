/* Target stateful: command sequences decoded from the input against the
 * simulated device through the real transport; after every step the
 * transport result is sane and whatever the device answers decodes. */
#include "fuzz_target.h"
#include "sim.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct cxlmb_sim sim;
	static int ready;
	static uint8_t out[4096];
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	struct cxlmb_mbox_config cfg;
	struct cxlmb_mbox mb;
	size_t pos = 0;

	if (!ready) {
		if (cxlmb_sim_init(&sim, NULL))
			abort();
		ready = 1;
	}
	cxlmb_sim_reset(&sim); /* O(bytes touched) */
	cxlmb_sim_mbox_config(&sim, &cfg);
	FUZZ_CHECK(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &cfg) == CXLMB_E_OK);
	while (pos + 3 <= size) {
		/* step: command index, length, then the payload bytes */
		size_t k = data[pos] % cxlmb_sim_command_count();
		uint16_t op = cxlmb_sim_command_at(k);
		size_t len = data[pos + 1];
		struct cxlmb_mbox_result res;
		sim.now_ns += (uint64_t)data[pos + 2] * 100000; /* time passes between commands */
		pos += 3;
		if (len > size - pos)
			len = size - pos;
		int rc = cxlmb_mbox_send(&mb, op, data + pos, len, out, sizeof(out), &res);
		pos += len;
		FUZZ_CHECK(rc == CXLMB_E_OK);
		if (res.rc == CXLMB_RC_SUCCESS && res.out_len) {
			const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
			FUZZ_CHECK(cxlmb_cmd_decode(c, CXLMB_RSP, out, res.copied, CXLMB_STRICT, val) ==
				   CXLMB_E_OK);
		}
		/* the device never reports progress it has not made */
		FUZZ_CHECK(sim.bg.percent <= 100);
	}
	return 0;
}
