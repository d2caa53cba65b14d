package com.augno.keys.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A human-readable table: a header row and left-aligned columns separated by two spaces. */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; it must have as many cells as the header. */
    Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "-" : String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    /** Returns the number of rows, not counting the header. */
    int size() {
        return rows.size();
    }

    /** Prints the header and the rows, each column as wide as its widest cell. */
    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        printRow(out, header, widths);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            sb.append(cell);
            if (c < cells.size() - 1) {
                sb.append(" ".repeat(widths[c] - cell.length() + 2));
            }
        }
        out.println(sb);
    }
}
