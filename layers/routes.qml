<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="Symbology">
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
    <rules key="{root}">
      <rule key="{rule-0}" symbol="0" label="foot · reported" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'foot' AND &quot;confidence&quot; = 'reported'" />
      <rule key="{rule-1}" symbol="1" label="foot · alleged" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'foot' AND &quot;confidence&quot; = 'alleged'" />
      <rule key="{rule-2}" symbol="2" label="foot · possible" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'foot' AND &quot;confidence&quot; = 'possible'" />
      <rule key="{rule-3}" symbol="3" label="road · reported" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'road' AND &quot;confidence&quot; = 'reported'" />
      <rule key="{rule-4}" symbol="4" label="road · alleged" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'road' AND &quot;confidence&quot; = 'alleged'" />
      <rule key="{rule-5}" symbol="5" label="road · possible" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'road' AND &quot;confidence&quot; = 'possible'" />
      <rule key="{rule-6}" symbol="6" label="river · reported" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'river' AND &quot;confidence&quot; = 'reported'" />
      <rule key="{rule-7}" symbol="7" label="river · alleged" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'river' AND &quot;confidence&quot; = 'alleged'" />
      <rule key="{rule-8}" symbol="8" label="river · possible" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'river' AND &quot;confidence&quot; = 'possible'" />
      <rule key="{rule-9}" symbol="9" label="air · reported" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'air' AND &quot;confidence&quot; = 'reported'" />
      <rule key="{rule-10}" symbol="10" label="air · alleged" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'air' AND &quot;confidence&quot; = 'alleged'" />
      <rule key="{rule-11}" symbol="11" label="air · possible" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'air' AND &quot;confidence&quot; = 'possible'" />
      <rule key="{rule-12}" symbol="12" label="helicopter · reported" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'helicopter' AND &quot;confidence&quot; = 'reported'" />
      <rule key="{rule-13}" symbol="13" label="helicopter · alleged" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'helicopter' AND &quot;confidence&quot; = 'alleged'" />
      <rule key="{rule-14}" symbol="14" label="helicopter · possible" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'helicopter' AND &quot;confidence&quot; = 'possible'" />
      <rule key="{rule-15}" symbol="15" label="sea · reported" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'sea' AND &quot;confidence&quot; = 'reported'" />
      <rule key="{rule-16}" symbol="16" label="sea · alleged" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'sea' AND &quot;confidence&quot; = 'alleged'" />
      <rule key="{rule-17}" symbol="17" label="sea · possible" filter="trim(array_first(string_to_array(&quot;modes&quot;, ','))) = 'sea' AND &quot;confidence&quot; = 'possible'" />
    </rules>
    <symbols>
      <symbol type="line" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="230,85,13,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@0@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="230,85,13,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="1" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="230,85,13,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@1@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="230,85,13,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="2" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="230,85,13,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@2@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="230,85,13,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="3" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,86,75,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@3@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,86,75,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="4" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,86,75,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@4@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,86,75,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="5" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="140,86,75,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@5@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="140,86,75,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="6" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="23,190,207,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@6@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="23,190,207,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="7" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="23,190,207,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@7@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="23,190,207,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="8" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="23,190,207,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@8@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="23,190,207,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="9" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="214,39,40,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@9@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="214,39,40,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="10" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="214,39,40,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@10@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="214,39,40,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="11" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="214,39,40,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@11@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="214,39,40,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="12" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="148,103,189,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@12@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="148,103,189,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="13" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="148,103,189,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@13@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="148,103,189,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="14" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="148,103,189,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@14@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="148,103,189,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="15" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="31,78,156,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@15@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="31,78,156,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="16" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="31,78,156,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="10;6" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@16@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="31,78,156,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol type="line" name="17" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="31,78,156,255" />
            <Option name="line_width" type="QString" value="3.5" />
            <Option name="line_width_unit" type="QString" value="Pixel" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="use_custom_dash" type="QString" value="1" />
            <Option name="customdash" type="QString" value="2;7" />
            <Option name="customdash_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
        <layer class="MarkerLine" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="placement" type="QString" value="interval" />
            <Option name="placements" type="QString" value="Interval" />
            <Option name="interval" type="QString" value="25" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset_along_line" type="QString" value="12" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <symbol type="marker" name="@17@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" pass="0" locked="0">
              <Option type="Map">
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="color" type="QString" value="31,78,156,255" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="size" type="QString" value="3.0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="angle" type="QString" value="0" />
              </Option>
            </layer>
          </symbol>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
</qgis>
