package io.todoplatform.web.series;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.todoplatform.web.Choice;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * What the editor page needs besides the fields: the choices it offers, and the API's
 * messages by field.
 */
final class SeriesEditor {

	/** Every zone java.time knows, for the time zone field's suggestions. */
	private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	private SeriesEditor() {
	}

	static String show(Model model, SeriesForm form, @Nullable SeriesView series, Map<String, String> errors) {
		model.addAttribute("section", "series");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("priorities", Choice.PRIORITIES);
		model.addAttribute("zones", ZONES);
		if (series != null) {
			model.addAttribute("series", series);
		}
		return "web/series-edit";
	}

}
