/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulator where the other tests do not go: each way a firmware
 * transfer can be refused or cut short, the register block's bounds
 * (out of the block, misaligned, read-only, byte copies only into the
 * payload area), configurations init refuses, and commands run at an
 * endpoint without the mailbox. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sim_type3_fixture.h"

/* Transfer FW input: action, slot, offset (128-byte units), then data
 * whose first bytes are the image's revision (CXL r3.2 Table 8-59). */
static uint16_t xfer(uint8_t action, uint8_t slot, uint32_t offset, const char *rev, size_t len)
{
	static uint8_t b[0x80 + 512];
	memset(b, 0, sizeof(b));
	b[0] = action;
	b[1] = slot;
	b[4] = (uint8_t)offset;
	b[5] = (uint8_t)(offset >> 8);
	if (rev)
		memcpy(b + 0x80, rev, strlen(rev));
	return send(0x0201, b, 0x80 + len, NULL);
}

static void slot_rev(unsigned slot, char rev[17])
{
	size_t n;
	struct cxlmb_get_fw_info_rsp fi;
	assert_int_equal(send(0x0200, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_get_fw_info_rsp_decode(out, n, CXLMB_STRICT, &fi), 0);
	memcpy(rev, fi.slot_rev[slot - 1], 16);
	rev[16] = 0;
}

static void test_firmware_full_transfer(void **state)
{
	char rev[17];
	(void)state;

	/* a full transfer stages its image in the slot at once */
	assert_int_equal(xfer(CXLMB_FW_FULL, 2, 0, "FULL-1", 128), CXLMB_RC_SUCCESS);
	slot_rev(2, rev);
	assert_string_equal(rev, "FULL-1");
	/* a full transfer must start at offset 0 and leaves the slot alone */
	assert_int_equal(xfer(CXLMB_FW_FULL, 2, 1, "FULL-2", 128), CXLMB_RC_FW_OUT_OF_ORDER);
	slot_rev(2, rev);
	assert_string_equal(rev, "FULL-1");
	/* an image with no printable revision is still an image: "?" */
	assert_int_equal(xfer(CXLMB_FW_FULL, 2, 0, NULL, 128), CXLMB_RC_SUCCESS);
	slot_rev(2, rev);
	assert_string_equal(rev, "?");
	/* it can be activated: the slot is not empty */
	assert_int_equal(send(0x0202, (const uint8_t[]){ 0, 2 }, 2, NULL), CXLMB_RC_SUCCESS);
}

static void test_firmware_transfer_refusals(void **state)
{
	char rev[17];
	(void)state;

	/* initiate must start at 0 with whole 128-byte parts */
	assert_int_equal(xfer(CXLMB_FW_INITIATE, 0, 1, "P", 128), CXLMB_RC_FW_OUT_OF_ORDER);
	assert_int_equal(xfer(CXLMB_FW_INITIATE, 0, 0, "P", 130), CXLMB_RC_FW_OUT_OF_ORDER);
	/* nothing is open after those: continue is out of order */
	assert_int_equal(xfer(CXLMB_FW_CONTINUE, 0, 0, NULL, 128), CXLMB_RC_FW_OUT_OF_ORDER);

	assert_int_equal(xfer(CXLMB_FW_INITIATE, 0, 0, "PART-1", 128), CXLMB_RC_SUCCESS);
	/* one transfer at a time, whichever way the second one starts */
	assert_int_equal(xfer(CXLMB_FW_INITIATE, 0, 0, "PART-2", 128), CXLMB_RC_FW_IN_PROGRESS);
	assert_int_equal(xfer(CXLMB_FW_FULL, 2, 0, "PART-2", 128), CXLMB_RC_FW_IN_PROGRESS);
	/* a part that is not whole 128-byte units is refused, the transfer stays open */
	assert_int_equal(xfer(CXLMB_FW_CONTINUE, 0, 1, NULL, 200), CXLMB_RC_INVALID_INPUT);
	assert_int_equal(xfer(CXLMB_FW_CONTINUE, 0, 1, NULL, 128), CXLMB_RC_SUCCESS);
	/* ending into the active slot or no slot is refused, still open */
	assert_int_equal(xfer(CXLMB_FW_END, 1, 2, NULL, 128), CXLMB_RC_INVALID_SLOT);
	assert_int_equal(xfer(CXLMB_FW_END, 0, 2, NULL, 128), CXLMB_RC_INVALID_SLOT);
	/* abort closes it: ending now is out of order, and slot 2 stays empty */
	assert_int_equal(xfer(CXLMB_FW_ABORT, 0, 0, NULL, 128), CXLMB_RC_SUCCESS);
	assert_int_equal(xfer(CXLMB_FW_END, 2, 2, NULL, 128), CXLMB_RC_FW_OUT_OF_ORDER);
	slot_rev(2, rev);
	assert_string_equal(rev, "");
	/* and a new transfer can start */
	assert_int_equal(xfer(CXLMB_FW_INITIATE, 0, 0, "PART-3", 128), CXLMB_RC_SUCCESS);
	assert_int_equal(xfer(CXLMB_FW_END, 2, 1, NULL, 128), CXLMB_RC_SUCCESS);
	slot_rev(2, rev);
	assert_string_equal(rev, "PART-3");
}

static void test_register_block_bounds(void **state)
{
	const struct cxlmb_backend_ops *o = &cxlmb_sim_ops;
	uint32_t v32, end = sim.regs_len;
	uint64_t v64;
	uint8_t b[16] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	const uint32_t payload = CXLMB_SIM_REGS_LEN; /* the payload area starts here */
	(void)state;

	/* out of the block, straddling its end, misaligned: backend errors */
	assert_int_equal(o->read32(&sim, end, &v32), CXLMB_E_BACKEND);
	assert_int_equal(o->read32(&sim, 2, &v32), CXLMB_E_BACKEND);
	assert_int_equal(o->read64(&sim, end - 4, &v64), CXLMB_E_BACKEND);
	assert_int_equal(o->read64(&sim, 4, &v64), CXLMB_E_BACKEND);
	assert_int_equal(o->write32(&sim, end, 0), CXLMB_E_BACKEND);
	assert_int_equal(o->write64(&sim, end - 4, 0), CXLMB_E_BACKEND);
	assert_int_equal(o->write64(&sim, payload + 4, 0), CXLMB_E_BACKEND);
	assert_int_equal(o->read_bytes(&sim, end - 8, b, 16), CXLMB_E_BACKEND);
	assert_int_equal(o->write_bytes(&sim, end - 8, b, 16), CXLMB_E_BACKEND);
	/* byte copies reach the payload area only */
	assert_int_equal(o->read_bytes(&sim, 0, b, 8), CXLMB_E_BACKEND);
	assert_int_equal(o->write_bytes(&sim, payload - 8, b, 8), CXLMB_E_BACKEND);
	assert_int_equal(o->write_bytes(&sim, payload, b, 8), 0);
	assert_int_equal(cxlmb_sim_peek64(&sim, payload), 0x0807060504030201ull);
	assert_int_equal(o->write64(&sim, payload + 8, 0x1122334455667788ull), 0);
	memset(b, 0, sizeof(b));
	assert_int_equal(o->read_bytes(&sim, payload, b, 16), 0);
	assert_int_equal(b[0], 1);
	assert_int_equal(b[8], 0x88);
	assert_int_equal(b[15], 0x11);

	/* a read-only register keeps its value: the write is dropped, not refused */
	assert_int_equal(o->read64(&sim, 0, &v64), 0);
	assert_int_equal(o->write64(&sim, 0, ~v64), 0);
	assert_int_equal(cxlmb_sim_peek64(&sim, 0), v64);

	/* raw pokes and peeks stay inside the block */
	cxlmb_sim_poke64(&sim, payload, 0xA5A5A5A5A5A5A5A5ull);
	assert_int_equal(cxlmb_sim_peek64(&sim, payload), 0xA5A5A5A5A5A5A5A5ull);
	cxlmb_sim_poke64(&sim, end - 4, 0xFFFFFFFFFFFFFFFFull); /* would straddle: ignored */
	assert_int_equal(cxlmb_sim_peek64(&sim, end - 8) >> 32, 0);
	assert_int_equal(cxlmb_sim_peek64(&sim, end - 4), 0);
	assert_null(cxlmb_sim_check(&sim));
}

static void test_init_refuses_bad_configs(void **state)
{
	static struct cxlmb_sim other;
	struct cxlmb_sim_config c;
	(void)state;

	cxlmb_sim_config_default(&c);
	c.payload_shift = 7; /* 128 bytes: below the 256 the specification asks */
	assert_int_equal(cxlmb_sim_init(&other, &c), CXLMB_E_INVALID_ARG);
	c.payload_shift = 21; /* 2 MiB: past the 1 MiB bound */
	assert_int_equal(cxlmb_sim_init(&other, &c), CXLMB_E_INVALID_ARG);
	cxlmb_sim_config_default(&c);
	c.variant = CXLMB_SIM_SWITCH + 1;
	assert_int_equal(cxlmb_sim_init(&other, &c), CXLMB_E_INVALID_ARG);
	/* the two ends of the range are fine */
	cxlmb_sim_config_default(&c);
	c.payload_shift = 8;
	assert_int_equal(cxlmb_sim_init(&other, &c), 0);
	assert_int_equal(other.payload_size, 256);
	cxlmb_sim_fini(&other);
	assert_null(other.regs);
	c.payload_shift = 20;
	assert_int_equal(cxlmb_sim_init(&other, &c), 0);
	assert_int_equal(other.payload_size, 1u << 20);
	cxlmb_sim_fini(&other);
}

static void test_run_at_an_endpoint(void **state)
{
	static struct cxlmb_sim sw;
	struct cxlmb_sim_config c;
	uint8_t buf[512];
	uint32_t n = 0;
	struct cxlmb_identify_rsp id;
	(void)state;

	/* the Type-3 device answers Identify (0001h) as a memory device */
	assert_int_equal(cxlmb_sim_run(&sim, CXLMB_SIM_EP_TYPE3, 0x0001, NULL, 0, buf,
				       sizeof(buf), &n), CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_identify_rsp_decode(buf, n, CXLMB_STRICT, &id), 0);
	assert_int_equal(id.component_type, 0x03);

	cxlmb_sim_config_default(&c);
	c.variant = CXLMB_SIM_SWITCH;
	assert_int_equal(cxlmb_sim_init(&sw, &c), 0);
	/* the switch's CCI is a switch; the FM-owned LD is a memory device */
	assert_int_equal(cxlmb_sim_run(&sw, CXLMB_SIM_EP_SWITCH, 0x0001, NULL, 0, buf,
				       sizeof(buf), &n), CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_identify_rsp_decode(buf, n, CXLMB_STRICT, &id), 0);
	assert_int_equal(id.component_type, 0x00);
	assert_int_equal(cxlmb_sim_run(&sw, CXLMB_SIM_EP_FMLD, 0x0001, NULL, 0, buf,
				       sizeof(buf), &n), CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_identify_rsp_decode(buf, n, CXLMB_STRICT, &id), 0);
	assert_int_equal(id.component_type, 0x03);
	/* a command the endpoint does not implement, and a payload Identify
	 * does not take */
	assert_int_equal(cxlmb_sim_run(&sw, CXLMB_SIM_EP_SWITCH, 0x4000, NULL, 0, buf,
				       sizeof(buf), &n), CXLMB_RC_UNSUPPORTED);
	assert_int_equal(cxlmb_sim_run(&sw, CXLMB_SIM_EP_SWITCH, 0x0001, buf, 4, buf,
				       sizeof(buf), &n), CXLMB_RC_INVALID_PAYLOAD_LEN);
	assert_null(cxlmb_sim_check(&sw));
	cxlmb_sim_fini(&sw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_firmware_full_transfer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_firmware_transfer_refusals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_register_block_bounds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_init_refuses_bad_configs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_run_at_an_endpoint, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
