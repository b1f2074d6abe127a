"""Figure builders, checked by the data they draw, not by their pixels."""
import pandas as pd

from rollout import charts


def test_the_readiness_heatmap_shows_shares_with_their_counts_and_blanks_for_no_start():
    table = pd.DataFrame({"area": ["Lakeus", "Lakeus", "Oulu"], "position": [1, 2, 1],
                          "required_done": [3, 0, 4], "required_applicable": [4, 0, 4],
                          "share": [0.75, None, 1.0]})
    figure = charts.readiness_heatmap(table, "area", {1: "1. Valmistelu", 2: "2. Verkosto"},
                                      "Osuus")
    heatmap = figure.data[0]
    assert list(heatmap.y) == ["Oulu", "Lakeus"]
    assert [list(row) for row in heatmap.z] == [[1.0, None], [0.75, None]]
    assert [list(row) for row in heatmap.text] == [["4/4", "–"], ["3/4", "–"]]
    assert (heatmap.zmin, heatmap.zmax) == (0, 1)


def test_long_axis_labels_are_wrapped_at_word_boundaries():
    assert charts.wrapped("3. Toimintakäytänteiden sopiminen", 16) == \
        "3.<br>Toimintakäytänteiden<br>sopiminen"
    assert charts.wrapped("1. Valmistelu", 16) == "1. Valmistelu"
