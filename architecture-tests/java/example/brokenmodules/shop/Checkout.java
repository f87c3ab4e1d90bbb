package example.brokenmodules.shop;

import example.brokenmodules.billing.internal.Invoice;

public class Checkout {

	Invoice invoice = new Invoice();

}
